import { buttonClass } from '../components/Button/index.tsx';
import { screenClass } from './screens/Screen/index.tsx';
import own from './style.module.css';

/**
 * The classes KioskApp draws with, by the names it gives them: its own layout, the client
 * screen's frame, and for the two buttons it draws itself the kit's looks. "Back to the start"
 * after a failed save is the kit's large button; help is the kit's control button, placed in the
 * corner in the accent colour (also in the admin's preview of the start screen).
 */
export const styles: CSSModuleClasses = { ...own, screen: screenClass!, bigButton: buttonClass('large') };
export const startStyles: CSSModuleClasses = {
  help: `${buttonClass('control')} ${own.help}`,
  helpBand: own.helpBand!,
};
