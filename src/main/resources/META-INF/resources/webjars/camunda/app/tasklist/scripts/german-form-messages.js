// Wohnraumerhalt: German validation messages (and date placeholders) in the Camunda Forms of Tasklist.
//
// form-js, which renders the forms, writes its validation messages in English ("Field is
// required."). This module (loaded through customScripts in config.js) watches the page and puts
// each known message into German as soon as form-js shows it. Messages it does not know stay as
// they are. The server checks every submission again and answers in German (TaskInputRules).

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

function translatePlaceholders(root) {
  const inputs = root.querySelectorAll ? root.querySelectorAll('.fjs-form input[placeholder]') : [];
  inputs.forEach((input) => {
    const german = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (german) {
      input.setAttribute('placeholder', german);
    }
  });
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
}

// no Tasklist plugin: this module only translates
export default [];
