import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import annotations from './annotations';

setCustomElementsManifest(customElements);

const preview: Preview = { ...annotations };
export default preview;
