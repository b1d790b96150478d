// Wohnraumerhalt: German validation messages (and placeholders) in the Camunda Forms of Tasklist,
// and the server's refusals at the fields they concern.
//
// form-js, which renders the forms, writes its validation messages in English ("Field is
// required."). This module (loaded through customScripts in config.js) watches the page and puts
// each known message into German as soon as form-js shows it. Messages it does not know stay as
// they are.
//
// The server checks every submission again (TaskInputRules, the intake, the casework services)
// and refuses in German, naming each field by its label. Tasklist shows that as a notification at
// the bottom of the page; the answer also lists the refused fields ({"errors": [{"field",
// "message"}]}, FormInputErrorMapper). This module reads that answer and marks each field in the
// form – red, with the message below it – until the field is changed or the form is sent again.

const MESSAGES = [
  [/^Field is required\.$/, () => 'Pflichtfeld – bitte ausfüllen.'],
  [/^Field must match pattern .*$/, () => 'Die Eingabe hat nicht das erwartete Format.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Der Wert muss mindestens ${m[1]} sein.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Der Wert darf höchstens ${m[1]} sein.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Bitte mindestens ${m[1]} Zeichen eingeben.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Bitte höchstens ${m[1]} Zeichen eingeben.`],
  [/^Field must be a valid email\.$/, () => 'Bitte eine gültige E-Mail-Adresse eingeben.'],
  [/^Field must be a valid\s+international phone number.*$/,
    () => 'Bitte eine gültige Telefonnummer mit Ländervorwahl eingeben (z. B. +4930123456).'],
  [/^Date must match pattern .*$/, () => 'Bitte ein gültiges Datum eingeben.'],
  [/^Date and time must both be entered\.$/, () => 'Bitte Datum und Uhrzeit eingeben.'],
  [/^Date and time must match pattern .*$/, () => 'Bitte ein gültiges Datum mit Uhrzeit eingeben.'],
  [/^Time must match pattern .*$/, () => 'Bitte eine gültige Uhrzeit eingeben.'],
  [/^Should be a valid number\.?$/, () => 'Bitte eine Zahl eingeben.'],
  [/^Should not contain more than (\d+) decimal digits\.?$/,
    (m) => `Bitte höchstens ${m[1]} Nachkommastellen eingeben.`]
];

export function translate(text) {
  const trimmed = (text || '').trim();
  for (const [pattern, german] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return german(match);
    }
  }
  return null;
}

// Date fields show the pattern of the browser's locale in English letters ("dd.mm.yyyy").
const PLACEHOLDERS = {'dd.mm.yyyy': 'TT.MM.JJJJ', 'mm/dd/yyyy': 'MM/TT/JJJJ', 'yyyy-mm-dd': 'JJJJ-MM-TT'};
// An empty select shows "Select".
const SELECT_PLACEHOLDER = 'Bitte auswählen';

function translatePlaceholders(root) {
  const inputs = root.querySelectorAll ? root.querySelectorAll('.fjs-form input[placeholder]') : [];
  inputs.forEach((input) => {
    const german = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (german) {
      input.setAttribute('placeholder', german);
    }
  });
  const selects = root.querySelectorAll ? root.querySelectorAll('.fjs-form .fjs-select-placeholder') : [];
  selects.forEach((select) => {
    select.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE && node.data.trim() === 'Select') {
        node.data = SELECT_PLACEHOLDER;
      }
    });
  });
}

// ---- the server's refusals at their fields ----------------------------------------------------

export const REFUSED_FIELD = 'wohnraumerhalt-refused';
export const REFUSAL = 'wohnraumerhalt-refusal';
/** On <html> when a refusal concerns the district: the notice forms show their district choice. */
export const SHOW_DISTRICT_CHOICE = 'wohnraumerhalt-district-choice';
const SUBMISSION = /\/(?:task|process-definition)\/[^/]+(?:\/tenant-id\/[^/]+)?\/submit-form$/;

/** Whether a request is the submission of a task form or a start form. */
export function isSubmission(method, url) {
  return String(method).toUpperCase() === 'POST' && SUBMISSION.test(String(url).split('?')[0]);
}

/** The refused fields of an answer: [{field, message}], empty when it names none. */
export function refusedFields(status, body) {
  if (status < 400 || !body) {
    return [];
  }
  try {
    const errors = JSON.parse(body).errors;
    return Array.isArray(errors)
      ? errors.filter((e) => e && typeof e.field === 'string' && typeof e.message === 'string')
      : [];
  } catch (e) {
    return [];
  }
}

/** The form-js wrappers (.fjs-form-field) of a field key in the page's forms. */
export function fieldWrappers(root, key) {
  const id = new RegExp('-Field_' + key.replace(/[^A-Za-z0-9_]/g, '') + '(?:-date|-time)?$');
  const wrappers = [];
  root.querySelectorAll('.fjs-form [id*="-Field_"]').forEach((element) => {
    const wrapper = element.closest('.fjs-form-field');
    if (id.test(element.id) && wrapper && !wrappers.includes(wrapper)) {
      wrappers.push(wrapper);
    }
  });
  return wrappers;
}

export function clearRefusals(root) {
  root.querySelectorAll('.' + REFUSAL).forEach((note) => note.remove());
  root.querySelectorAll('.' + REFUSED_FIELD).forEach((wrapper) => unmark(wrapper));
}

function unmark(wrapper) {
  wrapper.classList.remove(REFUSED_FIELD, 'fjs-has-errors');
  wrapper.querySelectorAll('.' + REFUSAL).forEach((note) => note.remove());
}

/** Marks each refused field of the page's forms with its message; returns how many it marked. */
export function markRefusals(root, errors) {
  let first = null;
  let marked = 0;
  errors.forEach(({field, message}) => {
    let wrappers = fieldWrappers(root, field);
    if (!wrappers.length && field === 'district') {
      // the district choice of the notice forms is hidden behind its checkbox
      root.documentElement && root.documentElement.classList.add(SHOW_DISTRICT_CHOICE);
      wrappers = fieldWrappers(root, 'enterForOtherDistrict');
    }
    wrappers.forEach((wrapper) => {
      wrapper.querySelectorAll('.' + REFUSAL).forEach((note) => note.remove());
      wrapper.classList.add(REFUSED_FIELD, 'fjs-has-errors');
      const note = root.createElement('div');
      note.className = 'fjs-form-field-error ' + REFUSAL;
      note.setAttribute('role', 'alert');
      const list = root.createElement('ul');
      const item = root.createElement('li');
      item.textContent = message;
      list.appendChild(item);
      note.appendChild(list);
      wrapper.appendChild(note);
      const clear = () => {
        unmark(wrapper);
        wrapper.removeEventListener('input', clear, true);
        wrapper.removeEventListener('change', clear, true);
      };
      wrapper.addEventListener('input', clear, true);
      wrapper.addEventListener('change', clear, true);
      first = first || wrapper;
      marked++;
    });
  });
  if (first && first.scrollIntoView) {
    first.scrollIntoView({block: 'center'});
  }
  return marked;
}

function watchSubmissions() {
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.wohnraumerhaltRequest = {method, url};
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    const request = this.wohnraumerhaltRequest;
    if (request && isSubmission(request.method, request.url)) {
      clearRefusals(document);
      this.addEventListener('loadend', () => {
        const errors = refusedFields(this.status, this.responseType === '' || this.responseType === 'text'
          ? this.responseText : JSON.stringify(this.response));
        if (errors.length) {
          markRefusals(document, errors);
        }
      });
    }
    return send.apply(this, arguments);
  };
}

// The text node itself is changed (not replaced): form-js keeps a reference to it and writes the
// next message into the same node, which the observer then translates again.
function translateErrors(root) {
  const errors = root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error li') : [];
  errors.forEach((item) => {
    item.childNodes.forEach((node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const german = translate(node.data);
        if (german !== null && node.data !== german) {
          node.data = german;
        }
      }
    });
  });
}

if (typeof document !== 'undefined' && !window.wohnraumerhaltGermanFormMessages) {
  window.wohnraumerhaltGermanFormMessages = true;
  const translateAll = () => {
    translateErrors(document);
    translatePlaceholders(document);
  };
  const observer = new MutationObserver(translateAll);
  const start = () => {
    translateAll();
    observer.observe(document.body, {childList: true, subtree: true, characterData: true});
  };
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
  watchSubmissions();
}

// no Tasklist plugin: this module only translates and marks
export default [];
