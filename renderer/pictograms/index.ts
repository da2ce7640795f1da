export { isPictogramName, pictogramNames, pictogramUrls, type PictogramName } from './registry.ts';
export { Pictogram } from './Pictogram.tsx';
