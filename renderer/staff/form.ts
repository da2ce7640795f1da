/**
 * The admin view's styles for forms (cards, fields, buttons, notices) and for its section and
 * language buttons, so that reception's and staff's screens look and behave alike: big targets,
 * visible focus, plain outcome messages.
 */
export { default as form } from '../kiosk/admin/form.module.css';
export { default as adminView } from '../kiosk/admin/view.module.css';
