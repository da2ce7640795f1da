/**
 * The role a page serves, named in the page itself by the host that serves it (one host serves
 * one role), so the page loads that role's screens without first asking. Only a role spelled
 * exactly is believed; anything else leaves the page to ask.
 */
import type { Role } from './contract/index.ts';

export const pageRoleMetaName = 'kuulluksi-role';

/** Listed as a record, so adding a role to the contract fails to compile until it is here. */
const pageRoles: Record<Role, true> = { kiosk: true, staff: true };

/** The tag the host writes into the page's head. */
export function pageRoleMetaTag(role: Role): string {
  return `<meta name="${pageRoleMetaName}" content="${role}" />`;
}

/** The role a page's tag names, or null when it names none or one this build does not know. */
export function roleNamedByPage(content: string | null | undefined): Role | null {
  return typeof content === 'string' && Object.hasOwn(pageRoles, content) ? (content as Role) : null;
}
