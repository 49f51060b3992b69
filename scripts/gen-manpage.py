#!/usr/bin/env python3
"""Writes the manual page frontline(1) from the program itself.

    frontline --experimental-dump-help | scripts/gen-manpage.py --date 2026-12-04 \
        --extra packaging/deb/manpage-extra.roff > frontline.1

The command tree, arguments and help texts come from swift-argument-parser's JSON dump of the
real binary (the same input its `generate-manual` plugin uses), so the page cannot drift from the
commands. We do not use that plugin: it drops every non-ASCII character (the help texts name the
Chinese actions, stages and roles a user must type) and it rebuilds every product first. Options
that most commands share with the same text (--data, --as-of, --lang, --help, --version) are
described once under COMMON OPTIONS. `--extra` appends hand-written roff (ENVIRONMENT, EXIT STATUS,
FILES, SEE ALSO). The output is man(7), UTF-8; man-db renders it (preconv).
"""

import argparse
import json
import re
import sys


def escape(text):
    """Text for a roff text line: backslashes, leading dots and quotes, dashes that start a word."""
    text = text.replace("\\", "\\e")
    # A dash that starts an option or stands alone is a minus sign in roff (\-); a dash inside a
    # word (co-operating) stays a hyphen.
    text = re.sub(r"(?<![\w-])-", r"\\-", text)
    text = re.sub(r"(?<=\\-)-", r"\\-", text)
    text = re.sub(r"`([^`]+)`", r"\\fB\1\\fR", text)
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def quoted(text):
    """A macro argument in double quotes."""
    return '"' + escape(text).replace('"', "\\(dq") + '"'


def flag_names(argument):
    names = []
    for name in argument.get("names") or []:
        prefix = "--" if name["kind"] == "long" else "-"
        names.append(prefix + name["name"])
    return names


def key(argument):
    """What makes two arguments the same option in two commands."""
    return (argument["kind"], tuple(flag_names(argument)), argument.get("abstract"), argument.get("defaultValue"))


def term(argument):
    """The option as written: \\fB\\-\\-format\\fR \\fIformat\\fR, or \\fIid\\fR for a positional."""
    value = argument.get("valueName") or "value"
    if argument["kind"] == "positional":
        text = "\\fI" + escape(value) + "\\fR"
    else:
        text = ", ".join("\\fB" + escape(n) + "\\fR" for n in flag_names(argument))
        if argument["kind"] == "option":
            text += " \\fI" + escape(value) + "\\fR"
    if argument.get("isRepeating"):
        text += " \\&..."
    return text


def describe(argument):
    text = escape(argument.get("abstract") or "")
    values = argument.get("allValues")
    if values and not all(v in (argument.get("abstract") or "") for v in values):
        text += " One of: " + ", ".join("\\fB" + escape(v) + "\\fR" for v in values) + "."
    default = argument.get("defaultValue")
    if default:
        text += " (default: \\fB" + escape(default) + "\\fR)"
    if argument.get("discussion"):
        text += "\n.br\n" + escape(argument["discussion"])
    return text


def commands(command, path):
    """Every command of the tree with its path, depth first, in the program's order."""
    yield path, command
    for sub in command.get("subcommands") or []:
        if sub.get("shouldDisplay", True):
            yield from commands(sub, path + [sub["commandName"]])


def shown(command):
    return [a for a in command.get("arguments") or [] if a.get("shouldDisplay", True)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dump", nargs="?", help="the JSON of frontline --experimental-dump-help (default: stdin)")
    parser.add_argument("--date", required=True, help="the page's date, YYYY-MM-DD")
    parser.add_argument("--extra", help="roff appended after the commands")
    options = parser.parse_args()

    with (open(options.dump, encoding="utf-8") if options.dump else sys.stdin) as f:
        dump = json.load(f)
    if dump.get("serializationVersion") != 0:
        sys.exit("gen-manpage: unknown dump format %r (swift-argument-parser changed it?)" % dump.get("serializationVersion"))
    root = dump["command"]
    name = root["commandName"]
    everything = list(commands(root, [name]))
    leaves = [(p, c) for p, c in everything if not c.get("subcommands")]

    # Options that more than half of the commands have, with the same text: described once.
    counts = {}
    for _, command in leaves:
        for argument in shown(command):
            if argument["kind"] != "positional":
                counts.setdefault(key(argument), [0, argument])[0] += 1
    common = {k for k, (n, _) in counts.items() if n * 2 > len(leaves)}
    common_in_order = []
    for _, command in leaves:
        for argument in shown(command):
            if key(argument) in common and key(argument) not in [key(a) for a in common_in_order]:
                common_in_order.append(argument)

    out = []
    emit = out.append
    emit('.\\" Generated by scripts/gen-manpage.py from %s --experimental-dump-help; do not edit.' % name)
    emit('.TH %s 1 "%s" "%s" "User Commands"' % (name.upper(), options.date, name))
    emit(".SH NAME")
    emit("%s \\- %s" % (name, escape((root.get("abstract") or "").rstrip("."))))
    emit(".nh")
    emit(".SH SYNOPSIS")
    emit(".ad l")
    for path, command in leaves:
        emit(".br")
        words = ["\\fB" + escape(" ".join(path)) + "\\fR"]
        takes_all = all(k in [key(a) for a in shown(command)] for k in common)
        for argument in shown(command):
            if key(argument) in common and takes_all:
                continue
            word = term(argument)
            if argument.get("isOptional"):
                word = "[" + word + "]"
            # One unbreakable word: \% (at its start) forbids breaks at its hyphens, \ is a space that holds.
            words.append("\\%" + word.replace(" ", "\\ "))
        if takes_all:
            words.append("[\\fIcommon options\\fR]")
        emit(" ".join(words))
    emit(".ad")
    emit(".SH DESCRIPTION")
    emit(escape(root.get("abstract") or ""))
    if root.get("discussion"):
        emit(".PP")
        emit(escape(root["discussion"]))
    default = root.get("defaultSubcommand")
    if default:
        emit(".PP")
        emit("Without a command, \\fB%s\\fR runs \\fB%s %s\\fR." % (escape(name), escape(name), escape(default)))
    emit(".SH COMMANDS")
    for path, command in everything[1:]:
        arguments = [a for a in shown(command) if key(a) not in common]
        if command.get("subcommands") and not arguments and not command.get("discussion"):
            # A group (frontline issue ...): its commands follow, each with its own heading.
            emit(".SS %s" % quoted(" ".join(path)))
            emit(escape(command.get("abstract") or ""))
            continue
        emit(".SS %s" % quoted(" ".join(path)))
        emit(escape(command.get("abstract") or ""))
        if command.get("discussion"):
            emit(".PP")
            emit(escape(command["discussion"]))
        for argument in arguments:
            emit(".TP")
            emit(term(argument))
            emit(describe(argument))
    emit(".SH COMMON OPTIONS")
    emit("The options that most commands take (shown as [\\fIcommon options\\fR] in the SYNOPSIS):")
    for argument in common_in_order:
        emit(".TP")
        emit(term(argument))
        emit(describe(argument))
    if options.extra:
        with open(options.extra, encoding="utf-8") as f:
            extra = f.read().rstrip("\n")
        emit(extra)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
