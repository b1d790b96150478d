// Wohnraumerhalt: Tasklist lists the most urgent tasks first.
//
// Tasklist sorts its list by creation date, newest first, unless the address names a sorting
// (?sorting=… in the part after '#', which the sort menu writes). For the Fachstellen what comes
// next is decided by the deadline of the standard, so where the address names no sorting this
// module adds "due date, earliest first". A sorting the user picks in the menu stays as it is.
// Loaded through customScripts in config.js.

export const DUE_DATE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

/** The hash with the default sorting added, or null when it needs none (another page, or sorted). */
export function withDefaultSorting(hash) {
  const route = (hash || '').replace(/^#/, '') || '/';
  const question = route.indexOf('?');
  const path = question < 0 ? route : route.substring(0, question);
  if (path !== '/') {
    return null; // only the task list; not the login page or others
  }
  const query = question < 0 ? '' : route.substring(question + 1);
  if (new URLSearchParams(query).has('sorting')) {
    return null;
  }
  // appended, the other parameters left exactly as Tasklist wrote them
  const sorting = 'sorting=' + encodeURIComponent(DUE_DATE_FIRST);
  return '#/?' + (query ? query + '&' : '') + sorting;
}

function applyDefaultSorting() {
  const next = withDefaultSorting(window.location.hash);
  if (next !== null) {
    window.location.replace(next); // a hash change: Tasklist reloads the list, no page load
  }
}

if (typeof window !== 'undefined' && !window.wohnraumerhaltSortByDueDate) {
  window.wohnraumerhaltSortByDueDate = true;
  window.addEventListener('hashchange', applyDefaultSorting);
  applyDefaultSorting();
}

// no Tasklist plugin: this module only sets the default sorting
export default [];
