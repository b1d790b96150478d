// Wohnraumerhalt: Tasklist lists the most urgent tasks first.
//
// Tasklist sorts its list by creation date, newest first: where the address (the part after '#')
// names no sorting, its sort menu writes that default into it (?sorting=[created, desc]). For the
// Fachstellen what comes next is decided by the deadline of the standard, so this module puts
// "due date, earliest first" in its place – as long as the user has not used the sort menu in this
// browser session; a sorting the user picks stays as it is. Loaded through customScripts in
// config.js.

export const DUE_DATE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);
const USER_SORTED = 'wohnraumerhalt.userSorted';

/** Whether a sorting parameter value is Tasklist's own default (creation date, newest first). */
export function isTasklistDefault(value) {
  try {
    const sorting = JSON.parse(value);
    return Array.isArray(sorting) && sorting.length === 1 && sorting[0].sortBy === 'created'
      && sorting[0].sortOrder === 'desc' && !sorting[0].parameters;
  } catch (e) {
    return false;
  }
}

/**
 * The hash with the due-date sorting, or null when it stays as it is: another page than the task
 * list, or a sorting that is not Tasklist's default, or any sorting once the user has sorted.
 */
export function withDefaultSorting(hash, userHasSorted) {
  const route = (hash || '').replace(/^#/, '') || '/';
  const question = route.indexOf('?');
  const path = question < 0 ? route : route.substring(0, question);
  if (path !== '/') {
    return null; // only the task list; not the login page or others
  }
  const query = question < 0 ? '' : route.substring(question + 1);
  const current = new URLSearchParams(query).get('sorting');
  if (current !== null && (userHasSorted || !isTasklistDefault(current))) {
    return null;
  }
  // the other parameters are left exactly as Tasklist wrote them
  const sorting = 'sorting=' + encodeURIComponent(DUE_DATE_FIRST);
  const others = query.split('&').filter((part) => part && !part.startsWith('sorting='));
  return '#/?' + others.concat(sorting).join('&');
}

function userHasSorted() {
  try {
    return window.sessionStorage.getItem(USER_SORTED) === 'true';
  } catch (e) {
    return false;
  }
}

function applyDefaultSorting() {
  const next = withDefaultSorting(window.location.hash, userHasSorted());
  if (next !== null) {
    window.location.replace(next); // a hash change: Tasklist reloads the list, no page load
  }
}

if (typeof window !== 'undefined' && !window.wohnraumerhaltSortByDueDate) {
  window.wohnraumerhaltSortByDueDate = true;
  // a click into the sort menu (choices, order, "+") means the user sorts from now on
  document.addEventListener('click', (event) => {
    if (event.target && event.target.closest && event.target.closest('.sorting-choice, .sorting-choices, [class*="sorting"]')) {
      try {
        window.sessionStorage.setItem(USER_SORTED, 'true');
      } catch (e) {
        // no session storage: the default keeps being applied
      }
    }
  }, true);
  window.addEventListener('hashchange', applyDefaultSorting);
  applyDefaultSorting();
}

// no Tasklist plugin: this module only sets the default sorting
export default [];
