#!/usr/bin/python3
"""What a screen reader finds in Paliers, asked through AT-SPI as Orca asks.

Starts Paliers on a fresh database, opens the example, and visits every page
and the first dialogs a person meets by the accessible actions alone (the
buttons' and tabs' "Press"), as a screen-reader user does. On each screen,
every control a person can reach must tell the reader what it is:

- buttons, check boxes, radio buttons, tabs, menu items, lists, tables and
  trees have a name;
- a combo box has a label linked to it (Qt 6.4 on Linux gives a combo box its
  current text as its name, so only the label says what it chooses);
- a text field or a spin box has a name or a linked label.

On the action plan, every proposal must be a cell « Adopter … » that the
tree exposes, naming the criterion it adopts.

Run by ctest inside tests/support/run-hermetic.sh and dbus-run-session (a
private session bus, on which the AT-SPI bus is started); the script starts
its own Xvfb on a free display (-displayfd):

    dbus-run-session -- tst_accessibletree.py PATH/TO/paliers
"""

import os
import subprocess
import sys
import time

try:
    import pyatspi
    from gi.repository import Atspi, GLib
except ImportError:
    sys.exit("tst_accessibletree: the Python AT-SPI bindings are missing; "
             "install python3-pyatspi and at-spi2-core (scripts/dev.sh deps)")

TIMEOUT = float(os.environ.get("PALIERS_A11Y_TIMEOUT", "60"))

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, flush=True)


def wait_for(what, predicate, timeout=TIMEOUT):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            found = predicate()
        except Exception:  # the tree changes under us while a page is built
            found = None
        if found:
            return found
        time.sleep(0.2)
    raise TimeoutError("gave up waiting for " + what)


def children(accessible):
    try:
        count = accessible.childCount
    except Exception:
        return []
    result = []
    for index in range(count):
        try:
            child = accessible.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            result.append(child)
    return result


def showing(accessible):
    try:
        return accessible.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def find_all(root, predicate, only_showing=True):
    found = []
    stack = [root]
    while stack:
        accessible = stack.pop()
        if only_showing and accessible is not root and not showing(accessible):
            continue
        try:
            if predicate(accessible):
                found.append(accessible)
        except Exception:
            pass
        # The cells of a long table are content, not controls.
        if accessible.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE) \
                and accessible.childCount > 200:
            continue
        stack.extend(reversed(children(accessible)))
    return found


def find_one(root, what, predicate):
    return wait_for(what, lambda: next(iter(find_all(root, predicate)), None))


def named(role, name):
    return lambda a: a.getRole() == role and a.name == name


def press(accessible):
    action = accessible.queryAction()
    for index in range(action.nActions):
        if action.getName(index) in ("Press", "Toggle"):
            action.doAction(index)
            return
    raise AssertionError("« %s » has no Press action" % accessible.name)


def select(accessible):
    action = accessible.queryAction()
    for index in range(action.nActions):
        if action.getName(index) == "Toggle":
            action.doAction(index)
            return
    raise AssertionError("« %s » cannot be selected" % accessible.name)


def labels_of(accessible):
    labels = []
    for relation in accessible.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for index in range(relation.getNTargets()):
                target = relation.getTarget(index)
                if target is not None and target.name.strip():
                    labels.append(target.name.strip())
    return labels


NAMED_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON: "button",
    pyatspi.ROLE_TOGGLE_BUTTON: "toggle button",
    pyatspi.ROLE_CHECK_BOX: "check box",
    pyatspi.ROLE_RADIO_BUTTON: "radio button",
    pyatspi.ROLE_PAGE_TAB: "tab",
    pyatspi.ROLE_LIST: "list",
    pyatspi.ROLE_TABLE: "table",
    pyatspi.ROLE_TREE: "tree",
    pyatspi.ROLE_TREE_TABLE: "tree",
    pyatspi.ROLE_LINK: "link",
}
FIELD_ROLES = {
    pyatspi.ROLE_TEXT: "text field",
    pyatspi.ROLE_ENTRY: "text field",
    pyatspi.ROLE_SPIN_BUTTON: "spin box",
    pyatspi.ROLE_DATE_EDITOR: "date field",
    pyatspi.ROLE_SLIDER: "slider",
}


def path_of(accessible):
    """Where a control is, for the message: its parents' roles and names."""
    steps = []
    parent = accessible.parent
    while parent is not None and len(steps) < 4:
        steps.append("%s « %s »" % (parent.getRoleName(), parent.name) if parent.name else parent.getRoleName())
        parent = parent.parent
    return "in " + " < ".join(steps)


def interactive(accessible):
    state = accessible.getState()
    return state.contains(pyatspi.STATE_FOCUSABLE) and state.contains(pyatspi.STATE_SENSITIVE)


def check_screen(root, where):
    """Every control of the screen says what it is; returns how many were checked."""
    checked = 0
    for accessible in find_all(root, interactive):
        role = accessible.getRole()
        name = (accessible.name or "").strip()
        if role == pyatspi.ROLE_COMBO_BOX:
            checked += 1
            if not labels_of(accessible):
                fail("%s: the combo box showing « %s » has no label linked to it" % (where, name))
        elif role in FIELD_ROLES:
            checked += 1
            if not name and not labels_of(accessible):
                fail("%s: a %s has neither a name nor a linked label (%s)"
                     % (where, FIELD_ROLES[role], path_of(accessible)))
        elif role in NAMED_ROLES:
            checked += 1
            if not name:
                fail("%s: a %s has no name (%s)" % (where, NAMED_ROLES[role], path_of(accessible)))
    # Column headers of tables and trees: a reader says them before each cell.
    for header in find_all(root, lambda a: a.getRole() == pyatspi.ROLE_TABLE_COLUMN_HEADER):
        if not (header.name or "").strip():
            parent = header.parent
            fail("%s: a column of « %s » has no header" % (where, parent.name if parent else "?"))
    print("%s: %d controls checked" % (where, checked), flush=True)
    if checked == 0:
        fail("%s: no control found at all (is the page shown?)" % where)
    return checked


def menu_items_named(frame):
    """Every item of every menu has a name (separators excepted)."""
    bar = find_one(frame, "the menu bar", lambda a: a.getRole() == pyatspi.ROLE_MENU_BAR)
    items = find_all(bar, lambda a: a.getRole() in (pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
                                                    pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_MENU),
                     only_showing=False)
    if len(items) < 5:
        fail("the menu bar has %d menus" % len(items))
    for item in items:
        if not (item.name or "").strip():
            fail("a menu item has no name")


def dialog_of(application, title):
    return wait_for("the dialog « %s »" % title,
                    lambda: next((w for w in children(application)
                                  if w.getRole() in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_FRAME,
                                                     pyatspi.ROLE_WINDOW)
                                  and w.name.startswith(title) and showing(w)), None))


def open_dialog(button):
    """Presses a button that opens a modal dialog.

    A toolbar button runs its action at once, and QDialog::exec() answers the
    action's call only when the dialog closes: do not wait for that answer.
    """
    Atspi.set_timeout(2000, -1)
    try:
        press(button)
    except GLib.GError as error:
        if "reply" not in str(error):
            raise
    finally:
        Atspi.set_timeout(25000, -1)


def check_dialog(application, frame, opener, title):
    open_dialog(find_one(frame, "the button « %s »" % opener, named(pyatspi.ROLE_PUSH_BUTTON, opener)))
    dialog = dialog_of(application, title)
    # Wait until the dialog's fields are there before walking them.
    find_one(dialog, "the buttons of « %s »" % title, named(pyatspi.ROLE_PUSH_BUTTON, "Annuler"))
    check_screen(dialog, "dialog « %s »" % title)
    press(find_one(dialog, "« Annuler » in « %s »" % title, named(pyatspi.ROLE_PUSH_BUTTON, "Annuler")))
    wait_for("the dialog « %s » to close" % title,
             lambda: all(not w.name.startswith(title) or not showing(w) for w in children(application)))


def check_announcement(frame):
    """An answer given by the button is said: the focus has moved on already."""
    status_bar = find_one(frame, "the status bar", lambda a: a.getRole() == pyatspi.ROLE_STATUS_BAR)
    # A checkable button: a reader says whether it is the current answer.
    button = find_one(frame, "the button « Atteint »", lambda a: a.name == "Atteint" and a.getRole() in (
        pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX))
    press(button)
    try:
        said = wait_for("the answer to be said", lambda: next(
            (a.name for a in [status_bar] + find_all(status_bar, lambda a: True) if a.name.endswith(": Atteint")),
            None), timeout=10)
        print("said after the answer: « %s »" % said, flush=True)
    except TimeoutError:
        fail("the answer given with « Atteint » is not said in the status bar (it reads: %s)"
             % " | ".join(a.name for a in find_all(status_bar, lambda a: bool(a.name))))


def check_proposals(frame):
    table = find_one(frame, "the table of proposals",
                     named(pyatspi.ROLE_TABLE, "Critères proposés comme actions"))
    grid = wait_for("the proposals", lambda: table.queryTable() if table.queryTable().nRows else None)
    print("proposals: %d rows" % grid.nRows, flush=True)
    for row in range(grid.nRows):
        criterion = grid.getAccessibleAt(row, 0)
        adopt = grid.getAccessibleAt(row, grid.nColumns - 1)
        if adopt is None or not adopt.name.startswith("Adopter"):
            fail("proposal %d: no « Adopter » cell in the accessible tree" % (row + 1))
        elif criterion is None or criterion.name not in adopt.name:
            fail("proposal %d: « %s » does not say which criterion it adopts" % (row + 1, adopt.name))


def start_x_server():
    """An Xvfb of our own; it picks a free display and writes its number."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,))
    os.close(write_end)
    number = b""
    with os.fdopen(read_end, "rb") as pipe:
        while not number.endswith(b"\n"):
            chunk = pipe.read(1)
            if not chunk:
                break
            number += chunk
    if not number.strip():
        server.kill()
        sys.exit("tst_accessibletree: Xvfb did not start (install xvfb)")
    return server, ":" + number.decode().strip()


def dump(accessible, depth=0):
    if not showing(accessible) or depth > 30:
        return
    print("%s%s « %s »" % ("  " * depth, accessible.getRoleName(), (accessible.name or "")[:70]))
    if accessible.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST):
        print("%s  (%d children)" % ("  " * depth, accessible.childCount))
        return
    for child in children(accessible):
        dump(child, depth + 1)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: tst_accessibletree.py PATH/TO/paliers")
    root = os.environ.get("PALIERS_TEST_ROOT")
    if not root:
        sys.exit("tst_accessibletree: run it through tests/support/run-hermetic.sh")
    if "DBUS_SESSION_BUS_ADDRESS" not in os.environ:
        sys.exit("tst_accessibletree: run it inside dbus-run-session")
    server, display = start_x_server()
    env = dict(os.environ, DISPLAY=display, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    process = subprocess.Popen([sys.argv[1], "--language", "fr",
                                "--database", os.path.join(root, "accessibilite.sqlite")], env=env)
    try:
        run(process)
    except TimeoutError as error:
        fail(str(error))
        print("What the reader found on screen then:")
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == "paliers":
                for window in children(app):
                    dump(window)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        server.terminate()
        server.wait(timeout=20)
    if failures:
        print("%d problem(s) a screen-reader user would meet" % len(failures))
        return 1
    print("every control checked has a name")
    return 0


def run(process):
    def application():
        if process.poll() is not None:
            raise SystemExit("Paliers stopped (exit code %s)" % process.returncode)
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == "paliers":
                try:
                    if app.get_process_id() == process.pid:
                        return app
                except Exception:
                    return app
        return None

    app = wait_for("Paliers on the accessibility bus", application)
    frame = wait_for("the main window", lambda: next((w for w in children(app)
                                                      if w.getRole() == pyatspi.ROLE_FRAME), None))
    check_screen(frame, "welcome page")
    press(find_one(frame, "« Ouvrir l'exemple »", named(pyatspi.ROLE_PUSH_BUTTON, "Ouvrir l'exemple")))
    find_one(frame, "the list of establishments", named(pyatspi.ROLE_TABLE, "Établissements"))
    check_screen(frame, "Établissements")
    menu_items_named(frame)
    check_dialog(app, frame, "Nouvel établissement…", "Nouvel établissement")
    check_dialog(app, frame, "Nouvelle évaluation…", "Nouvelle évaluation")

    # The example's collège has a jalons assessment too; open this year's grid.
    assessments = find_one(frame, "the assessments", named(pyatspi.ROLE_TREE, "Évaluations de l'établissement"))
    grid_cell = next(c for c in children(assessments)
                     if c.name == "Paliers de maturité numérique des établissements (académie de Créteil)")
    select(grid_cell)
    press(find_one(frame, "« Ouvrir l'évaluation »", named(pyatspi.ROLE_PUSH_BUTTON, "Ouvrir l'évaluation")))
    find_one(frame, "the criteria", named(pyatspi.ROLE_TREE, "Critères du domaine"))
    check_screen(frame, "Grille")
    check_announcement(frame)
    check_dialog(app, frame, "Valider…", "Valider l'évaluation")
    check_dialog(app, frame, "Commission…", "Préparer la commission numérique")

    for tab, landmark in (("Synthèse", (pyatspi.ROLE_TABLE, "Réponses par domaine")),
                          ("Plan d'action", (pyatspi.ROLE_TABLE, "Actions du plan"))):
        press(find_one(frame, "the tab « %s »" % tab, named(pyatspi.ROLE_PAGE_TAB, tab)))
        find_one(frame, "the page « %s »" % tab, named(*landmark))
        check_screen(frame, tab)
    check_proposals(frame)

    press(find_one(frame, "« Vue d'ensemble »", named(pyatspi.ROLE_PUSH_BUTTON, "Vue d'ensemble")))
    find_one(frame, "the overview", lambda a: a.getRole() == pyatspi.ROLE_COMBO_BOX
             and any(label.startswith("Année") for label in labels_of(a)))
    check_screen(frame, "Vue d'ensemble")


if __name__ == "__main__":
    sys.exit(main())
