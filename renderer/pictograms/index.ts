export { isPictogramName, pictogramNames, type PictogramName } from './names.ts';
export { pictogramUrls } from './registry.ts';
export { Pictogram } from './Pictogram/index.tsx';
