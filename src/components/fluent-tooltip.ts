// Fluent's Tooltip alone, as a module to import dynamically (see IdleTooltip): importing the
// library's index dynamically would make all of it one chunk.
export { Tooltip } from '@fluentui/react-components';
