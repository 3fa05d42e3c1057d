"""Seeded mutations of CareSim scenario files and command lines, for the fuzz driver.

Every mutation is a pure function of a random.Random seeded per case, so a case is reproduced by
its seed alone. Scenario files are JSON5; the small reader below reads the shipped files (comments,
unquoted keys, trailing commas) into Python values, so that structural mutations (a dropped field, a
type change, a duplicate key, a ladder of 33 levels) can be made on the tree and written back, and
byte-level mutations (truncation, stray bytes, invalid UTF-8) on the text.
"""

import json
import math
import re

# --- A reader for the JSON5 the shipped scenarios use --------------------------------------------

_TOKEN = re.compile(
    r"""\s+|//[^\n]*|/\*.*?\*/|(?P<punct>[{}\[\]:,])|(?P<string>"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')"""
    r"""|(?P<number>[+-]?(?:0x[0-9a-fA-F]+|Infinity|NaN|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))"""
    r"""|(?P<word>[A-Za-z_$][A-Za-z0-9_$]*)""",
    re.S,
)


def _tokens(text):
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match:
            raise ValueError(f"cannot read at offset {position}")
        position = match.end()
        kind = match.lastgroup
        if kind:
            yield kind, match.group(kind)


def read_json5(text):
    """The value of a JSON5 document (objects keep their key order)."""
    tokens = list(_tokens(text))
    index = 0

    def value():
        nonlocal index
        kind, token = tokens[index]
        index += 1
        if token == "{":
            members = []
            while tokens[index][1] != "}":
                key_kind, key = tokens[index]
                key = json.loads(key) if key_kind == "string" and key[0] == '"' else key.strip("'")
                index += 2  # the key and ':'
                members.append((key, value()))
                if tokens[index][1] == ",":
                    index += 1
            index += 1
            return dict(members)
        if token == "[":
            elements = []
            while tokens[index][1] != "]":
                elements.append(value())
                if tokens[index][1] == ",":
                    index += 1
            index += 1
            return elements
        if kind == "string":
            return json.loads(token) if token[0] == '"' else token[1:-1]
        if kind == "number":
            return float(token) if not token.lstrip("+-").startswith("0x") else int(token, 16)
        return {"true": True, "false": False, "null": None}[token]

    return value()


def write_json(value):
    """JSON text; non-finite numbers as the JSON5 literals, so that they reach the reader."""

    def number(x):
        if isinstance(x, float) and math.isnan(x):
            return "NaN"
        if isinstance(x, float) and math.isinf(x):
            return "Infinity" if x > 0 else "-Infinity"
        if isinstance(x, float) and x.is_integer() and abs(x) < 1e16:
            return str(int(x))
        return repr(x)

    def write(v, indent):
        pad = "  " * indent
        if isinstance(v, DeepNest):
            return "[" * v.depth + "0.5" + "]" * v.depth
        if isinstance(v, dict):
            if not v:
                return "{}"
            items = [f'{pad}  {json.dumps(k)}: {write(x, indent + 1)}' for k, x in v.items()]
            return "{\n" + ",\n".join(items) + "\n" + pad + "}"
        if isinstance(v, list):
            return "[" + ", ".join(write(x, indent + 1) for x in v) + "]"
        if isinstance(v, bool) or v is None:
            return json.dumps(v)
        if isinstance(v, (int, float)):
            return number(v)
        return json.dumps(v)

    return write(value, 0) + "\n"


# --- Tree mutations ------------------------------------------------------------------------------


def _paths(value, prefix=()):
    """Every path in the tree: (path, value), objects and arrays included."""
    if isinstance(value, DeepNest):
        return
    yield prefix, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, prefix + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _paths(child, prefix + (i,))


def _parent(tree, path):
    node = tree
    for key in path[:-1]:
        node = node[key]
    return node


def _numbers(tree):
    return [p for p, v in _paths(tree) if isinstance(v, (int, float)) and not isinstance(v, bool) and p]


HUGE = [1e308, -1e308, 9223372036854775808.0, 1e16, 1e9, 1e12, 2**53 + 1.0, 1.7976931348623157e308]
TINY = [5e-324, 1e-300, -0.0, 1e-12, -1e-9]
NON_FINITE = [float("nan"), float("inf"), float("-inf")]
ABOVE_ONE = [1.0000001, 1.01, 1.5, 2.0]
NEGATIVE = [-1.0, -1000.0, -0.5, -1e6]


def mutate_tree(tree, rng):
    """Applies one or more structural mutations; returns the kind of the first."""
    kinds = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        kind = rng.choice(TREE_MUTATIONS)
        try:
            kind(tree, rng)
        except (IndexError, KeyError, TypeError, ValueError):
            continue
        kinds.append(kind.__name__)
    return kinds[0] if kinds else "none"


def drop_field(tree, rng):
    path, _ = rng.choice([x for x in _paths(tree) if x[0]])
    parent = _parent(tree, path)
    if isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent.pop(path[-1])


def change_type(tree, rng):
    path, _ = rng.choice([x for x in _paths(tree) if x[0]])
    _parent(tree, path)[path[-1]] = rng.choice(["text", True, None, [], {}, [1, 2], 0])


def set_number(tree, rng, choices):
    path = rng.choice(_numbers(tree))
    parent = _parent(tree, path)
    parent[path[-1]] = rng.choice(choices)


def huge_number(tree, rng):
    set_number(tree, rng, HUGE)


def tiny_number(tree, rng):
    set_number(tree, rng, TINY)


def non_finite(tree, rng):
    set_number(tree, rng, NON_FINITE)


def negative_number(tree, rng):
    set_number(tree, rng, NEGATIVE)


def above_one(tree, rng):
    set_number(tree, rng, ABOVE_ONE)


def scale_number(tree, rng):
    """A valid field made extreme: multiplied by up to 10^300, or set to a documented maximum."""
    path = rng.choice(_numbers(tree))
    parent = _parent(tree, path)
    if rng.random() < 0.5:
        parent[path[-1]] = parent[path[-1]] * 10.0 ** rng.randint(3, 300)
    else:
        parent[path[-1]] = rng.choice([1e9, 1e10, 1e4, 1e7, 1e6, 600.0, 1000.0])


def negative_count(tree, rng):
    simulation = tree["simulation"]
    simulation[rng.choice(["residents", "months", "replications", "seed"])] = rng.choice(
        [-1, -1000, 0, 1.5, 1e9, 1e7 + 1]
    )


def row_above_one(tree, rng):
    transitions = tree["transitions"]
    row = transitions[rng.choice(list(transitions))]
    for key in row:
        row[key] = 0.6


def unknown_key(tree, rng):
    path, node = rng.choice([x for x in _paths(tree) if isinstance(x[1], dict)])
    node[rng.choice(["residnets", "mechansims", "value2", "x", "source_"])] = 1


def ladder_size(tree, rng):
    levels = tree["needLevels"]
    size = rng.choice([0, 1, 33])
    if size == 0:
        tree["needLevels"] = []
    elif size == 1:
        tree["needLevels"] = levels[-1:]
    else:
        template = levels[0]
        tree["needLevels"] = [dict(template, name=f"level{i}") for i in range(32)] + levels[-1:]


def unknown_level(tree, rng):
    transitions = tree["transitions"]
    row = transitions[rng.choice(list(transitions))]
    row["nosuchlevel"] = 0.01


def split_not_one(tree, rng):
    tree["fundingSplit"] = {"wmo": rng.choice([0.5, 0.9, 1.1]), "zvw": 0, "wlz": 0}


class DeepNest:
    """Arrays nested `depth` deep around one number, written without recursion."""

    def __init__(self, depth):
        self.depth = depth


def deep_nesting(tree, rng):
    tree["metadata"]["deep"] = DeepNest(rng.choice([65, 200, 1000, 100000]))


TREE_MUTATIONS = [
    drop_field, change_type, huge_number, scale_number, scale_number, tiny_number, non_finite,
    negative_number, above_one,
    negative_count, row_above_one, unknown_key, ladder_size, unknown_level, split_not_one,
    deep_nesting,
]

# --- Text mutations ------------------------------------------------------------------------------


def truncate(data, rng):
    """Cut at a random kind of position: inside a string, after a key, a colon, a comma, a number."""
    marks = {
        "string": [m.start() + 1 for m in re.finditer(rb'"', data)],
        "colon": [m.end() for m in re.finditer(rb":", data)],
        "comma": [m.end() for m in re.finditer(rb",", data)],
        "number": [m.start() + 1 for m in re.finditer(rb"\d\d", data)],
        "comment": [m.start() + 3 for m in re.finditer(rb"//", data)],
        "anywhere": list(range(len(data))),
    }
    kind = rng.choice([k for k, v in marks.items() if v])
    return data[: rng.choice(marks[kind])], f"truncate_{kind}"


def random_bytes(data, rng):
    position = rng.randrange(len(data) + 1)
    junk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    return data[:position] + junk + data[position:], "random_bytes"


INVALID_UTF8 = [b"\x80", b"\xc0\xaf", b"\xed\xa0\x80", b"\xe2\x82", b"\xff\xfe", b"\xf8\x88\x80\x80\x80"]


def invalid_utf8(data, rng):
    # Between tokens (after a comma or a newline) or inside a string.
    spots = [m.end() for m in re.finditer(rb"[,\n\"]", data)]
    position = rng.choice(spots) if spots else 0
    return data[:position] + rng.choice(INVALID_UTF8) + data[position:], "invalid_utf8"


def delete_bracket(data, rng):
    spots = [m.start() for m in re.finditer(rb"[{}\[\]]", data)]
    position = rng.choice(spots)
    return data[:position] + data[position + 1 :], "delete_bracket"


def duplicate_key(data, rng):
    # Repeat a 'key: value,' line right after itself, sometimes with a bad value.
    lines = data.split(b"\n")
    candidates = [i for i, line in enumerate(lines) if re.match(rb"\s+[A-Za-z]+: [^{\[]+,\s*$", line)]
    i = rng.choice(candidates)
    copy = lines[i]
    if rng.random() < 0.5:
        copy = re.sub(rb": .*,", b": -12345,", copy)
    return b"\n".join(lines[: i + 1] + [copy] + lines[i + 1 :]), "duplicate_key"


def empty_file(data, rng):
    return rng.choice([b"", b"   \n", b"\xef\xbb\xbf", b"{}", b"[]", b"null"]), "empty_file"


def huge_file(data, rng):
    # Above the 10 MB limit: the reader must refuse it before parsing.
    return data + b"\n//" + b"x" * (11 * 1024 * 1024), "huge_file"


TEXT_MUTATIONS = [truncate, random_bytes, invalid_utf8, delete_bracket, duplicate_key, empty_file]


def mutate_scenario(text, rng):
    """A mutated scenario file's bytes and the kind of mutation."""
    data = text.encode("utf-8")
    roll = rng.random()
    if roll < 0.5:
        tree = read_json5(text)
        kind = mutate_tree(tree, rng)
        return write_json(tree).encode("utf-8"), kind
    if roll < 0.51:
        return huge_file(data, rng)
    return rng.choice(TEXT_MUTATIONS)(data, rng)


# --- A file that extends another ----------------------------------------------------------------


def _override(original, mutated):
    """What a file extending `original` writes to read as `mutated`: objects by member, any other
    value (and a sourced number, an object with a "value") whole, null for a member removed."""
    if not (isinstance(original, dict) and isinstance(mutated, dict)) or "value" in original or "value" in mutated:
        return mutated
    patch = {key: None for key in original if key not in mutated}
    for key, value in mutated.items():
        if key not in original:
            patch[key] = value
        elif value != original[key]:
            patch[key] = _override(original[key], value)
    return patch


BAD_EXTENDS = {
    "missing": "missing.json",
    "folder": ".",
    "self": "scenario.json",
    "cycle": "other.json",
    "chain": "chain0.json",
    "absolute": "/base.json",
    "number": 3,
    "empty": "",
}


def mutate_extends(text, rng):
    """The files of a case whose scenario.json extends base.json, and the kind of mutation.

    The mutation is in the override (errors must name scenario.json and its line), in the base
    (base.json, byte-level mutations included), or in the `extends` member itself: a missing file,
    a folder, the file itself, a cycle, a chain past the limit of 8, an absolute path, not a string.
    """
    roll = rng.random()
    if roll < 0.5:
        tree = read_json5(text)
        kind = mutate_tree(tree, rng)
        patch = _override(read_json5(text), tree)
        override = write_json({"extends": "base.json", **patch})
        return {"base.json": text.encode("utf-8"), "scenario.json": override.encode("utf-8")}, "extends_override_" + kind
    if roll < 0.75:
        data, kind = mutate_scenario(text, rng)
        override = write_json({"extends": "base.json", "metadata": {"title": "extends"}})
        return {"base.json": data, "scenario.json": override.encode("utf-8")}, "extends_base_" + kind
    kind = rng.choice(sorted(BAD_EXTENDS))
    files = {"base.json": text.encode("utf-8")}
    if kind == "cycle":
        files["other.json"] = write_json({"extends": "scenario.json"}).encode("utf-8")
    if kind == "chain":
        for i in range(9):
            files[f"chain{i}.json"] = write_json({"extends": f"chain{i + 1}.json"}).encode("utf-8")
        files["chain9.json"] = text.encode("utf-8")
    files["scenario.json"] = write_json({"extends": BAD_EXTENDS[kind]}).encode("utf-8")
    return files, "extends_" + kind


# --- Command-line mutations ----------------------------------------------------------------------

BAD_COUNTS = ["0", "-1", "1.5", "abc", "", "99999999999999999999", "1e3", "nan", "10000000"]
BAD_SPECS = [
    "mechanisms.prevention.relativeRisk=nan:1",
    "mechanisms.prevention.relativeRisk=1:0.5",
    "mechanisms.prevention.relativeRisk=0.5:0.5",
    "mechanisms.prevention.relativeRisk=-inf:inf",
    "mechanisms.prevention.relativeRisk=0:1e308",
    "mechanisms.prevention.relativeRisk=0.5:1:1",
    "mechanisms.prevention.relativeRisk=0.5:1:1e9",
    "metadata.title=0:1",
    "valuePerQALY.range.0=1:2",
    "needLevels.9.utility=0:1",
    "nosuch.path=0:1",
    "=0:1",
    "mechanisms.prevention.relativeRisk",
]


def mutate_command(scenario, rng):
    """A command line with one bad option value: (arguments, kind)."""
    command = rng.choice(["run", "sweep", "grid", "psa", "split", "breakeven", "validate-study"])
    count_options = {
        "run": ["--replications", "--threads", "--seed"],
        "sweep": ["--replications", "--threads"],
        "grid": ["--replications"],
        "psa": ["--samples", "--inner"],
        "split": ["--steps", "--replications"],
        "breakeven": ["--replications", "--low", "--high", "--tolerance", "--for"],
        "validate-study": ["--replications", "--seed"],
    }[command]
    base = {
        "run": ["run", scenario],
        "sweep": ["sweep", scenario],
        "grid": ["grid", scenario, "--x", "mechanisms.substitution.share=0:0.3",
                 "--y", "mechanisms.prevention.relativeRisk=0.7:1"],
        "psa": ["psa", scenario],
        "split": ["split", scenario],
        "breakeven": ["breakeven", scenario, "--param", "mechanisms.prevention.relativeRisk"],
        "validate-study": ["validate-study", "dordrecht-wij"],
    }[command]
    roll = rng.random()
    if roll < 0.5:
        return base + [rng.choice(count_options), rng.choice(BAD_COUNTS)], f"option_{command}_count"
    if roll < 0.8 and command in ("sweep", "grid", "split", "breakeven"):
        spec = rng.choice(BAD_SPECS)
        option = {"sweep": "--param", "grid": "--x", "split": "--vary", "breakeven": "--param"}[command]
        if command == "breakeven":
            spec = spec.split("=")[0]
        if command == "grid":
            base = base[:2] + ["--y", "mechanisms.prevention.relativeRisk=0.7:1"]
        return base + [option, spec], f"option_{command}_spec"
    return base + [rng.choice(["--bogus", "--replication", "-x", "--out="])], f"option_{command}_unknown"
