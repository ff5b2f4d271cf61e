// Its own chunk: fetched only when the dark theme is chosen (see theme-loader.ts).
export { webDarkTheme as darkTheme } from '@fluentui/react-components';
