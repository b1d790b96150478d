// Wohnraumerhalt: the cards of the task list as a caseworker reads them.
//
// Tasklist gives a task whose due date has passed the class "overdue" on its due date – in the
// same small grey as every other date. This module (loaded through customScripts in config.js)
// marks the whole card: the class below on the card (user-styles.css draws a red bar) and the word
// "überfällig" in front of its dates. It follows the list as Tasklist redraws it. The list itself
// is sorted by due date, earliest first, tasks without a due date last (sort-by-due-date.js and the
// filters), so the overdue work is on top.

export const OVERDUE_CARD = 'wohnraumerhalt-overdue';
export const OVERDUE_BADGE = 'wohnraumerhalt-overdue-badge';
export const OVERDUE_WORD = 'überfällig';

/** Marks one card (li.task) as overdue or not, as Tasklist's due date says; idempotent. */
export function markCard(card) {
  const due = card.querySelector('.due-date');
  const overdue = !!due && due.classList.contains('overdue');
  if (card.classList.contains(OVERDUE_CARD) !== overdue) {
    card.classList.toggle(OVERDUE_CARD, overdue);
  }
  const badge = card.querySelector('.' + OVERDUE_BADGE);
  if (overdue && !badge) {
    const dates = card.querySelector('.dates');
    if (dates) {
      const word = card.ownerDocument.createElement('span');
      word.className = OVERDUE_BADGE;
      word.textContent = OVERDUE_WORD;
      dates.insertBefore(word, dates.firstChild);
    }
  } else if (!overdue && badge) {
    badge.remove();
  }
}

export function markCards(root) {
  const cards = root.querySelectorAll ? root.querySelectorAll('.tasks-list li.task') : [];
  cards.forEach(markCard);
}

if (typeof document !== 'undefined' && !window.wohnraumerhaltTaskCards) {
  window.wohnraumerhaltTaskCards = true;
  let pending = false;
  const schedule = () => {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(() => {
        pending = false;
        markCards(document);
      });
    }
  };
  const start = () => {
    markCards(document);
    new MutationObserver(schedule).observe(document.body,
        {childList: true, subtree: true, attributes: true, attributeFilter: ['class']});
  };
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}

// no Tasklist plugin: this module only marks the cards
export default [];
