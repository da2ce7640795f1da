import { buttonClass } from '../components/Button/index.tsx';
import start from './start/style.module.css';
import own from './style.module.css';

/**
 * The classes KioskApp draws with, by the names it gives them: its own layout, and for the two
 * buttons it draws itself the kit's looks. "Back to the start" after a failed save is the kit's
 * large button; help is the kit's control button, placed in the corner in the accent colour.
 */
export const styles: CSSModuleClasses = { ...own, bigButton: buttonClass('large') };
export const startStyles: CSSModuleClasses = { ...start, help: `${buttonClass('control')} ${start.help}` };
