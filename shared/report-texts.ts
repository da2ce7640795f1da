/** How long each text staff type into the social report may be: a page of plain prose. */
export const reportTextLimit = 4000;
