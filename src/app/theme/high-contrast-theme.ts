// Its own chunk: fetched only when the high-contrast theme is chosen (see theme-loader.ts).
export { teamsHighContrastTheme as highContrastTheme } from '@fluentui/react-components';
