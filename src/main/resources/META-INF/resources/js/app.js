// Progressive enhancements only: every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  // Move focus to the error summary so screen-reader and keyboard users hear what went wrong.
  var summary = document.querySelector('.error-summary');
  if (summary) { summary.focus(); }

  // Print buttons (hidden without this file: the browser's own print command does the same).
  document.querySelectorAll('button[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });

  // Live character counters for long texts.
  document.querySelectorAll('textarea[data-counter]').forEach(function (area) {
    var out = document.getElementById(area.getAttribute('data-counter'));
    if (!out) { return; }
    var max = area.getAttribute('data-max');
    var update = function () { out.textContent = area.value.length + ' / ' + max; };
    area.addEventListener('input', update);
    update();
  });

  // Ask before a destructive action (the server checks everything anyway).
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
  });

  // Before leaving a form with changes not yet sent, the browser asks (with its own words): typed text is not lost
  // by a click on a link or a closed tab. What a POST sends is also kept in this tab until the server answers with
  // the form again: when the answer was the login page instead (the session had expired), the answers are put back
  // into the form after the login, with a notice, for the person to check and save.
  document.querySelectorAll('form[data-warn-unsaved]').forEach(function (form) {
    var changed = false;
    var edits = 0; // every change counts; the background save remembers how many it carried
    var mark = function () { changed = true; edits++; };
    var key = 'ieps-unsent:' + form.getAttribute('action');
    form.addEventListener('input', mark);
    form.addEventListener('change', mark);
    form.addEventListener('submit', function () {
      changed = false;
      keep(key, form);
    });
    window.addEventListener('beforeunload', function (event) {
      if (changed) { event.preventDefault(); event.returnValue = ''; }
    });
    var kept = take(key);
    // the server answered this form (saved: ?ok=..., or refused: its errors): nothing was lost
    var answered = /[?&]ok=/.test(window.location.search) || document.querySelector('.error-summary');
    if (kept && !answered) {
      restore(form, kept);
      changed = true;
      var notice = document.getElementById('restored');
      if (notice) { notice.hidden = false; notice.focus(); }
    }

    // Background save (data-autosave: its URL): every N seconds when something changed, the same draft rules and
    // version check as the save button. The new version goes into the form, so the button does not meet a conflict
    // of its own making; a real conflict (another tab saved) or a refusal stops it, and the status line says why.
    var status = form.hasAttribute('data-autosave') && document.getElementById('autosave');
    if (!status || !window.fetch || !window.URLSearchParams || !window.FormData) { return; }
    status.hidden = false;
    var carried = 0;
    var busy = false;
    var held = null; // a button pressed while a background save was on its way: pressed again once it is back
    form.addEventListener('submit', function (event) {
      if (busy) {
        event.preventDefault();
        held = event.submitter || form.querySelector('button[name=action][value=save]');
      }
    });
    var every = (parseInt(status.getAttribute('data-every'), 10) || 30) * 1000;
    // the bar a failed save turns into stays in sight: what gets the focus is scrolled clear of it (WCAG 2.4.11)
    var showAlert = function (on) {
      status.classList.toggle('alert', on);
      document.documentElement.style.scrollPaddingBottom = on ? (status.offsetHeight + 16) + 'px' : '';
    };
    var timer = window.setInterval(function () {
      if (busy || edits === carried) { return; }
      busy = true;
      var sending = edits;
      var body = new URLSearchParams();
      new FormData(form).forEach(function (value, name) {
        if (typeof value === 'string') { body.append(name, value); }
      });
      window.fetch(form.getAttribute('data-autosave'), {
        method: 'POST', body: body, credentials: 'same-origin', redirect: 'manual',
        headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        // the login page (an expired session) or an error page is not an answer: try again at the next tick
        if ((response.headers.get('Content-Type') || '').indexOf('application/json') !== 0) { throw new Error(); }
        return response.json();
      }).then(function (answer) {
        status.textContent = answer.message;
        showAlert(answer.state !== 'saved');
        if (answer.state === 'saved') {
          carried = sending;
          form.querySelector('input[name=version]').value = answer.version;
          if (edits === sending) { changed = false; }
        } else if (answer.state === 'invalid') {
          carried = sending; // the same answers would be refused the same way: wait for the next change
        } else {
          window.clearInterval(timer);
        }
      }).catch(function () {
        status.textContent = status.getAttribute('data-offline');
        showAlert(true);
      }).then(function () {
        busy = false;
        if (held) {
          var button = held;
          held = null;
          if (form.requestSubmit) { form.requestSubmit(button); } else { button.click(); }
        }
      });
    }, every);
  });

  // Committee mode: the left and right arrows open the previous or next dossier (the links marked data-step-key),
  // never while the focus is in a field, a scrolling table or with a modifier held. The links work without this.
  var steps = document.querySelectorAll('a[data-step-key]');
  if (steps.length) {
    var keysHint = document.getElementById('step-keys');
    if (keysHint) { keysHint.hidden = false; }
    document.addEventListener('keydown', function (event) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
      var target = event.target;
      if (target.isContentEditable || (target.closest && target.closest('input, textarea, select, button, .table-scroll'))) {
        return;
      }
      Array.prototype.forEach.call(steps, function (link) {
        if (link.getAttribute('data-step-key') === event.key) {
          event.preventDefault();
          window.location.assign(link.href);
        }
      });
    });
  }

  function keep(key, form) {
    if (!window.sessionStorage || !window.FormData) { return; }
    var values = {};
    new FormData(form).forEach(function (value, name) {
      if (name === 'csrf-token' || name === 'version' || typeof value !== 'string') { return; }
      (values[name] = values[name] || []).push(value);
    });
    try {
      sessionStorage.setItem(key, JSON.stringify({ at: Date.now(), values: values }));
    } catch (full) { /* the server has the POST anyway */ }
  }

  function take(key) {
    if (!window.sessionStorage) { return null; }
    var text = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
    if (!text) { return null; }
    try {
      var kept = JSON.parse(text);
      return Date.now() - kept.at < 12 * 3600 * 1000 ? kept.values : null;
    } catch (broken) { return null; }
  }

  function restore(form, values) {
    var next = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      var name = el.name;
      if (!name || name === 'csrf-token' || name === 'version' || el.type === 'submit' || el.type === 'hidden') { return; }
      var given = values[name] || [];
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = given.indexOf(el.value) >= 0;
      } else {
        var i = next[name] || 0;
        if (i < given.length) { el.value = given[i]; }
        next[name] = i + 1;
      }
    });
  }

  // The secretariat's piece actions (validate, refuse, validate the selection, everything is valid) sent in the
  // background: the same POST as the form, asking for JSON. The server answers with the pieces as the page now shows
  // them; only the rows that changed and the counters are put in place (what is typed or ticked elsewhere stays), the
  // live region says what happened, and the focus goes back to the piece acted on (or to the same button). Whatever is
  // not such an answer (an expired session, an error page) sends the form as without JavaScript.
  var pieces = document.getElementById('pieces');
  var live = document.getElementById('pieces-live');
  if (pieces && live && window.fetch && window.URLSearchParams && window.FormData && window.DOMParser) {
    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (!form.classList || !form.classList.contains('piece-action') || event.defaultPrevented) { return; }
      event.preventDefault();
      if (form.getAttribute('aria-busy') === 'true') { return; }
      form.setAttribute('aria-busy', 'true');
      var body = new URLSearchParams();
      new FormData(form).forEach(function (value, name) {
        if (typeof value === 'string') { body.append(name, value); }
      });
      var action = form.getAttribute('action');
      var row = form.closest('li.piece');
      var rowId = row && row.id;
      var pressed = event.submitter && event.submitter.id;
      var notJson = false;
      live.textContent = '';
      window.fetch(action, {
        method: 'POST', body: body, credentials: 'same-origin', redirect: 'manual',
        headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        if ((response.headers.get('Content-Type') || '').indexOf('application/json') !== 0) {
          notJson = true;
          throw new Error();
        }
        return response.json();
      }).then(function (answer) {
        form.removeAttribute('aria-busy');
        if (answer.done) {
          putInPlace(answer, action, rowId, pressed);
        } else {
          refusedHere(answer);
        }
      }).catch(function () {
        form.removeAttribute('aria-busy');
        if (notJson) {
          form.submit();
        } else {
          live.textContent = live.getAttribute('data-failed');
        }
      });
    });
  }

  function putInPlace(answer, action, rowId, pressed) {
    var fresh = new DOMParser().parseFromString(answer.html, 'text/html');
    var swap = function (id) {
      var now = document.getElementById(id);
      var next = fresh.getElementById(id);
      if (now && next) { now.replaceWith(document.importNode(next, true)); }
    };
    swap('pieces-summary');
    swap('pieces-end');
    answer.rows.forEach(swap);
    live.textContent = answer.message;
    // the piece acted on, else the same button if the page still has it, else the pieces' title
    var target = null;
    if (rowId && answer.rows.indexOf(rowId) >= 0) {
      target = document.querySelector('#' + rowId + ' h3');
    }
    if (!target && pressed) {
      target = document.getElementById(pressed);
    }
    if (!target) {
      var same = document.querySelector('form[action="' + action + '"] button[type=submit]');
      target = same || document.getElementById('pieces-title');
    }
    if (target) { target.focus(); }
  }

  function refusedHere(answer) {
    live.textContent = answer.message;
    var field = answer.field && document.getElementById(answer.field);
    if (!field) { return; }
    if (field.tagName === 'TEXTAREA' || field.tagName === 'INPUT') {
      var box = field.closest('.field');
      var said = document.getElementById(field.id + '-error');
      if (!said) {
        said = document.createElement('span');
        said.className = 'field-error';
        said.id = field.id + '-error';
        field.parentNode.insertBefore(said, field);
      }
      said.textContent = answer.message;
      if (box) { box.classList.add('has-error'); }
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', said.id);
    }
    field.focus();
  }

  // Select all the dossiers of the list for the ZIP (without JavaScript: "download every application of the list").
  document.querySelectorAll('input[data-select-all]').forEach(function (all) {
    var form = all.form;
    var name = all.getAttribute('data-select-all');
    var boxes = function () {
      return Array.prototype.filter.call(form.elements, function (el) { return el.type === 'checkbox' && el.name === name; });
    };
    var reflect = function () {
      var list = boxes();
      var ticked = list.filter(function (el) { return el.checked; }).length;
      all.checked = ticked > 0 && ticked === list.length;
      all.indeterminate = ticked > 0 && ticked < list.length;
    };
    all.addEventListener('change', function () {
      boxes().forEach(function (el) { el.checked = all.checked; });
    });
    form.addEventListener('change', function (event) {
      if (event.target !== all) { reflect(); }
    });
    if (all.parentNode.hasAttribute('hidden')) { all.parentNode.hidden = false; }
    reflect();
  });

  // What the server would refuse anyway, said before a long upload: a file too large (several photos together) or
  // of a format the piece does not take. The texts and the limit are written into the field by the server, in the
  // page's language; the server checks everything again.
  function uploadProblem(input) {
    var files = Array.prototype.slice.call(input.files || []);
    var max = Number(input.getAttribute('data-max-bytes'));
    var types = (input.getAttribute('data-types') || '').split(' ');
    var extensions = (input.getAttribute('data-extensions') || '').split(' ');
    var total = 0;
    for (var i = 0; i < files.length; i++) {
      var file = files[i];
      var extension = file.name.indexOf('.') >= 0 ? file.name.split('.').pop().toLowerCase() : '';
      // some systems give no type for a file: its extension then
      var sendable = file.type ? types.indexOf(file.type) >= 0 : extensions.indexOf(extension) >= 0;
      if (!sendable) { return input.getAttribute('data-wrong-type'); }
      var photo = file.type ? /^image\/(jpeg|png)$/.test(file.type) : /^(jpe?g|png)$/.test(extension);
      if (files.length > 1 && !photo) { return input.getAttribute('data-photos-only'); }
      total += file.size;
    }
    return max && total > max ? input.getAttribute('data-too-large') : null;
  }

  function showUploadProblem(input) {
    var problem = uploadProblem(input);
    var out = document.getElementById(input.id + '-check');
    if (out) {
      out.textContent = problem || '';
      out.hidden = !problem;
    }
    var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
      return id && id !== input.id + '-check';
    });
    if (problem) {
      described.push(input.id + '-check');
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
    input.setAttribute('aria-describedby', described.join(' '));
    return problem;
  }

  // Uploads with a progress bar: the same multipart POST the form makes without JavaScript, sent with
  // XMLHttpRequest so that progress can be shown; the page the server answers with is then opened, at the piece.
  document.querySelectorAll('form.upload').forEach(function (form) {
    var field = form.querySelector('input[type=file]');
    if (field) {
      field.addEventListener('change', function () { showUploadProblem(field); });
    }
    form.addEventListener('submit', function (event) {
      var input = form.querySelector('input[type=file]');
      if (input && showUploadProblem(input)) {
        event.preventDefault();
        input.focus();
        return;
      }
      if (!window.FormData || !input || !input.files.length) { return; }
      event.preventDefault();
      // the address the browser would land on keeps the piece's anchor; an XMLHttpRequest drops it
      var anchor = form.getAttribute('action').split('#')[1];
      var box = form.querySelector('.upload-progress');
      var bar = box && box.querySelector('progress');
      var text = box && box.querySelector('.progress-text');
      var button = form.querySelector('button[type=submit]');
      if (box) { box.hidden = false; }
      if (button) { button.disabled = true; }
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.upload.addEventListener('progress', function (e) {
        if (!e.lengthComputable || !bar) { return; }
        var percent = Math.round(e.loaded * 100 / e.total);
        bar.value = percent;
        if (text) { text.textContent = percent + '\u00a0%'; }
      });
      xhr.addEventListener('load', function () {
        if (xhr.status < 400 && xhr.responseURL) {
          window.location.assign(xhr.responseURL.split('#')[0] + (anchor ? '#' + anchor : ''));
        } else {
          // a refusal: show the server's page with its error message, as without JavaScript
          document.open();
          document.write(xhr.responseText);
          document.close();
        }
      });
      xhr.addEventListener('error', function () {
        if (button) { button.disabled = false; }
        var failed = form.querySelector('.upload-error');
        if (failed) { failed.hidden = false; }
      });
      xhr.send(new FormData(form));
    });
  });
});

// Forms that change one row of a table (data-swap: adding or removing a reviewer): without JavaScript the server sends
// the page back at the row's anchor; with it, the same POST is sent in the background and the row, the loads and the
// confirmation are taken from the page the server answers with and swapped in place, so the page never jumps.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.matches || !form.matches('form[data-swap]') || !window.fetch || !window.URLSearchParams
      || !window.DOMParser) { return; }
  var row = form.closest('tr[id]');
  if (!row) { return; }
  event.preventDefault();
  var body = new URLSearchParams();
  new FormData(form).forEach(function (value, name) { body.append(name, value); });
  var buttons = form.querySelectorAll('button');
  buttons.forEach(function (b) { b.disabled = true; });
  window.fetch(form.action, {
    method: 'POST', body: body, credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' }
  }).then(function (response) {
    return response.text().then(function (html) { return { ok: response.ok, html: html, url: response.url }; });
  }).then(function (answer) {
    var page = new DOMParser().parseFromString(answer.html, 'text/html');
    var fresh = page.getElementById(row.id);
    if (!answer.ok || !fresh) {
      // a refusal (its message), or not the page (an expired session): said in the row, nothing else moves
      var summary = page.querySelector('.error-summary');
      var out = row.querySelector('.row-error');
      buttons.forEach(function (b) { b.disabled = false; });
      if (summary && out) {
        out.textContent = summary.textContent.trim();
        out.hidden = false;
      } else {
        window.location.assign(answer.url || form.action);
      }
      return;
    }
    ['swap-status', 'equilibre', 'loads'].forEach(function (id) {
      var now = document.getElementById(id);
      var next = page.getElementById(id);
      if (!now || !next) { return; }
      // the confirmation's box stays (a live region): only its words change, so they are read out
      if (id === 'swap-status') { now.innerHTML = next.innerHTML; } else { now.replaceWith(document.importNode(next, true)); }
    });
    var inserted = document.importNode(fresh, true);
    row.replaceWith(inserted);
    // the keyboard stays on the row: on its list of members, else on its heading
    var focus = inserted.querySelector('select') || inserted.querySelector('th');
    if (focus) {
      if (!focus.matches('select')) { focus.setAttribute('tabindex', '-1'); }
      focus.focus({ preventScroll: true });
    }
  }).catch(function () {
    // no answer (the network): the form is sent the ordinary way
    form.removeAttribute('data-swap');
    form.submit();
  });
});
