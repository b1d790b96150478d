// Wohnraumerhalt: the start forms of Tasklist ("Prozess starten").
//
// 1. Which case it was. After a successful start Tasklist says only "Der Prozess wurde gestartet.".
//    The entry processes (courtNoticeEntry, bailiffNoticeEntry, caseEventEntry,
//    caseCorrectionEntry) keep the case they went to (enteredCaseId, and for a bailiff notice
//    whether it joined an open case, joinedOpenCase). This module sees the start's answer, reads
//    these variables of the entry instance from the history and shows them in a German
//    notification that stays until it is closed or the next start form opens: "Fall
//    MI-2026-00045 angelegt". A court notice that is already known is refused with the case
//    number in the refusal (NoticeFormEntry).
// 2. The district choice of the notice forms ("Für einen anderen Bezirk erfassen") is for
//    administrators (group camunda-admin), who work for all districts. user-styles.css hides it;
//    this module shows it (data-wohnraumerhalt-admin="true" on <html>) when the user is in
//    camunda-admin – a user sees her own groups. The server refuses a district the user does not
//    work for in any case.
//
// Loaded through customScripts in config.js.

export const ADMIN_GROUP = 'camunda-admin';
/** Attribute on <html>: "true" for administrators (the notice forms show their district choice). */
export const ADMIN = 'data-wohnraumerhalt-admin';

const START = /^(.*)\/process-definition\/(?:key\/([^/]+)(?:\/tenant-id\/[^/]+)?|([^/]+))\/submit-form$/;

const LETTER_TASKS = {
  courtNoticeEntry: 'Standardanschreiben versenden',
  bailiffNoticeEntry: 'Anschreiben Zwangsräumung versenden'
};

/**
 * The started entry instance of a successful start, or null: {api, key, processInstanceId}, where
 * api is the engine API the start went to (".../engine/default").
 */
export function startedEntry(method, url, status, body) {
  if (String(method).toUpperCase() !== 'POST' || status < 200 || status >= 300 || !body) {
    return null;
  }
  const match = String(url).split('?')[0].match(START);
  if (!match) {
    return null;
  }
  try {
    const instance = JSON.parse(body);
    const key = instance.definitionKey || (instance.definitionId || '').split(':')[0]
        || match[2] || (match[3] || '').split(':')[0];
    return instance.id ? {api: match[1], key, processInstanceId: instance.id} : null;
  } catch (e) {
    return null;
  }
}

/**
 * What the caseworker learns about the entry: {status, message} in German (Tasklist shows the
 * status in bold, and a message after a colon; one sentence in the status reads best), or null for
 * another process or an entry without a case number.
 *
 * @param key the entry process (courtNoticeEntry …)
 * @param variables the entry instance's variables by name (enteredCaseId, joinedOpenCase)
 */
export function confirmation(key, variables) {
  const caseId = variables.enteredCaseId;
  if (!caseId) {
    return null;
  }
  const where = (task) => ' – die Aufgabe „' + task + '“ steht unter „Aufgaben meines Bezirks“.';
  switch (key) {
    case 'courtNoticeEntry':
      return {status: 'Fall ' + caseId + ' angelegt' + where(LETTER_TASKS[key]), message: ''};
    case 'bailiffNoticeEntry':
      return {status: (variables.joinedOpenCase === true
        ? 'Mitteilung dem offenen Fall ' + caseId + ' zugeordnet'
        : 'Fall ' + caseId + ' angelegt') + where(LETTER_TASKS[key]), message: ''};
    case 'caseEventEntry':
      return {status: 'Fallereignis zu Fall ' + caseId + ' erfasst.', message: ''};
    case 'caseCorrectionEntry':
      return {status: 'Korrektur zu Fall ' + caseId + ' erfasst.', message: ''};
    default:
      return null;
  }
}

/** Whether the user's groups (GET …/group?member=) make her an administrator. */
export function isAdmin(groups) {
  return Array.isArray(groups) && groups.some((group) => group && group.id === ADMIN_GROUP);
}

function getJson(url) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('GET', url);
    request.setRequestHeader('Accept', 'application/json');
    request.onload = () => {
      try {
        return request.status === 200 ? resolve(JSON.parse(request.responseText))
          : reject(new Error(request.status + ' ' + url));
      } catch (e) {
        return reject(e);
      }
    };
    request.onerror = () => reject(new Error('network ' + url));
    request.send();
  });
}

/**
 * Shows the notification through Tasklist's own notifications (or a plain alert box) – once the
 * start dialog has closed: while it is open, its own notification panel would take the message
 * and close with it.
 */
function notify(text, attempt = 0) {
  if (document.querySelector('.modal-dialog') && attempt < 50) {
    window.setTimeout(() => notify(text, attempt + 1), 200);
    return;
  }
  const angular = window.angular;
  const injector = angular && angular.element(document.body).injector
    && angular.element(document.body).injector();
  if (injector && injector.has('Notifications')) {
    const notifications = injector.get('Notifications');
    injector.get('$rootScope').$applyAsync(() => notifications.addMessage({
      type: 'success', status: text.status, message: text.message,
      wohnraumerhaltEntry: true, exclusive: ['wohnraumerhaltEntry']}));
    return;
  }
  const box = document.createElement('div');
  box.className = 'alert alert-success wohnraumerhalt-entry-confirmation';
  box.setAttribute('role', 'status');
  box.textContent = (text.status + ' ' + text.message).trim();
  document.body.appendChild(box);
}

/** Takes the confirmation away again: the next start dialog is opened (it would lie over it). */
function clearConfirmations() {
  const angular = window.angular;
  const injector = angular && angular.element(document.body).injector
    && angular.element(document.body).injector();
  if (injector && injector.has('Notifications')) {
    const notifications = injector.get('Notifications');
    injector.get('$rootScope').$applyAsync(() => notifications.clear({wohnraumerhaltEntry: true}));
  }
  document.querySelectorAll('.wohnraumerhalt-entry-confirmation').forEach((box) => box.remove());
}

function confirmEntry(entry) {
  const url = entry.api + '/history/variable-instance?processInstanceId='
    + encodeURIComponent(entry.processInstanceId) + '&deserializeValues=false';
  getJson(url).then((instances) => {
    const variables = {};
    (instances || []).forEach((v) => {
      variables[v.name] = v.value;
    });
    const text = confirmation(entry.key, variables);
    if (text) {
      notify(text);
    }
  }).catch(() => {
    // no confirmation: Tasklist's own message stays
  });
}

function watchStarts() {
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.wohnraumerhaltStart = {method, url};
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    const request = this.wohnraumerhaltStart;
    if (request && START.test(String(request.url).split('?')[0])) {
      this.addEventListener('loadend', () => {
        const entry = startedEntry(request.method, request.url, this.status,
            this.responseType === '' || this.responseType === 'text' ? this.responseText
              : JSON.stringify(this.response));
        if (entry) {
          confirmEntry(entry);
        }
      });
    }
    return send.apply(this, arguments);
  };
}

/** Base of the webapp (".../camunda") and the engine of this Tasklist, from its address. */
export function webapp(pathname) {
  const match = String(pathname).match(/^(.*)\/app\/tasklist\/([^/]+)\//);
  return match ? {base: match[1], engine: match[2]} : null;
}

function markAdmin() {
  const app = webapp(window.location.pathname);
  if (!app) {
    return;
  }
  const api = app.base + '/api/engine/engine/' + encodeURIComponent(app.engine);
  getJson(app.base + '/api/admin/auth/user/' + encodeURIComponent(app.engine))
    .then((user) => getJson(api + '/group?member=' + encodeURIComponent(user.userId)))
    .then((groups) => document.documentElement.setAttribute(ADMIN, String(isAdmin(groups))))
    .catch(() => {
      // not logged in yet: asked again after the login
    });
}

if (typeof document !== 'undefined' && !window.wohnraumerhaltStartForms) {
  window.wohnraumerhaltStartForms = true;
  watchStarts();
  markAdmin();
  // a start form opens: the last confirmation goes; the user may have logged in (or another
  // user) without a page load, so ask again who it is
  document.addEventListener('click', (event) => {
    if (event.target && event.target.closest && event.target.closest('ul.processes a')) {
      clearConfirmations();
      markAdmin();
    }
  }, true);
}

// no Tasklist plugin: this module only watches the start forms
export default [];
