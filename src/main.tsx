// Placeholder entry; the app shell replaces it.
const root = document.getElementById('root');
if (root) root.textContent = 'PIM Portal';
