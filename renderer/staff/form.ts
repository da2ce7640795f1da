/**
 * The admin view's form styles (cards, fields, buttons, notices), so that reception's and
 * staff's forms look and behave alike: big targets, visible focus, plain outcome messages.
 */
export { default as form } from '../kiosk/admin/form.module.css';
