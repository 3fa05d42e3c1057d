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


def mutate_tree(tree, rng, mutations=None):
    """Applies one or more structural mutations; returns the kind of the first, and whether the
    last one applied leaves a file that must be refused (see MUST_REFUSE)."""
    kinds = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        kind = rng.choice(mutations or TREE_MUTATIONS)
        try:
            kind(tree, rng)
        except (IndexError, KeyError, TypeError, ValueError, AttributeError):
            continue
        kinds.append(kind.__name__)
    return (kinds[0] if kinds else "none"), bool(kinds) and kinds[-1] in MUST_REFUSE


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


# --- Fields added since the first mutations: each makes a file that must be refused -------------

COVARIATES = ["agePerYear", "loneliness", "carerBreakdown", "qualityOfLifePerTenthBelow", "unmetNeed",
              "male"]
UNPRINTABLE = ["\n", "\r", "\u202e", "\u2067", "\u200f", "\x00", "\x1b", "\u0085"]


def _object(parent, key):
    """The object at parent[key], made when absent; TypeError (the mutation is skipped) when the
    file holds something else there."""
    value = parent.setdefault(key, {})
    if not isinstance(value, dict):
        raise TypeError(key)
    return value


def entrants_young(tree, rng):
    """Entrants outside the model's ages (65 and over), or past 120."""
    entrants = _object(_object(tree, "population"), "entrants")
    entrants.setdefault("perMonth", 2)
    age = rng.choice([0, 18, 50, 64, 64.9, 121, 1e9])
    entrants["ageBands"] = [{"from": age, "to": max(age, rng.choice([60, 64.99, 130])), "share": 1}]


def band_age_out(tree, rng):
    band = rng.choice(tree["population"]["ageBands"])
    band[rng.choice(["from", "to"])] = rng.choice([130, 120.5, 40, -1, 1e9])


def death_ratio_zero(tree, rng):
    """A death hazard ratio of 0: the residents it applies to would never die."""
    ratios = _object(_object(tree, "covariates"), rng.choice(COVARIATES))
    ratios["death"] = rng.choice([0, 0.0, -0.0, {"value": 0, "source": "fuzz"}])


def male_ratio_out(tree, rng):
    male = _object(_object(tree, "covariates"), "male")
    male[rng.choice(["progression", "admission", "death"])] = rng.choice([-0.5, -1, 1000.5, 1e6])


def level_name_unprintable(tree, rng):
    """A level's name with a line break, a bidi override or isolate, or another control."""
    level = rng.choice(tree["needLevels"])
    level["name"] = str(level["name"]) + rng.choice(UNPRINTABLE)


def string_number(tree, rng):
    """A number written as a string, bare or as a sourced number's value."""
    path = rng.choice(_numbers(tree))
    parent = _parent(tree, path)
    text = repr(parent[path[-1]])
    parent[path[-1]] = text if path[-1] == "value" or rng.random() < 0.5 else {"value": text, "source": "x"}


def cost_band_bad(tree, rng):
    """A band of `costsByAge`: a factor or an age out of range, or bands out of order."""
    bands = tree["costsByAge"][rng.choice(["wmo", "zvw", "wlz"])]
    band = rng.choice(bands)
    choice = rng.randrange(3)
    if choice == 0:
        band["factor"] = rng.choice([-1, 1000.5, float("nan"), "1.2"])
    elif choice == 1:
        band["fromAge"] = rng.choice([-5, 10000, 1e18, 80.5])
    else:
        bands.append(dict(band))


def band_need_mix_bad(tree, rng):
    """A band's own need mix that cannot be: shares not summing to 1, an unknown or dead level."""
    band = rng.choice(tree["population"]["ageBands"])
    levels = [level["name"] for level in tree["needLevels"]]
    dead = [level["name"] for level in tree["needLevels"] if level.get("kind") == "dead"]
    band["initialNeed"] = rng.choice([
        {levels[0]: 0.5}, {"nosuchlevel": 1}, {levels[0]: 1.5, levels[1]: -0.5}, {dead[0]: 1},
        {levels[0]: float("nan")},
    ])


TREE_MUTATIONS = [
    drop_field, change_type, huge_number, scale_number, scale_number, tiny_number, non_finite,
    negative_number, above_one,
    negative_count, row_above_one, unknown_key, ladder_size, unknown_level, split_not_one,
    deep_nesting,
    entrants_young, band_age_out, death_ratio_zero, male_ratio_out, level_name_unprintable,
    string_number, cost_band_bad, band_need_mix_bad,
]

# Mutations after which no reading of the file can be valid: if the last one applied is one of
# these, a run that goes ahead accepted a file it must refuse.
MUST_REFUSE = {
    "non_finite", "unknown_key", "unknown_level", "entrants_young", "band_age_out",
    "death_ratio_zero", "male_ratio_out", "level_name_unprintable", "string_number", "cost_band_bad",
    "band_need_mix_bad",
}

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
    """A mutated scenario file's bytes, the kind of mutation, and whether it must be refused."""
    data, kind, _ = mutate_file(text, rng)
    return data, kind


def mutate_file(text, rng, mutations=None):
    """A mutated JSON5 file's bytes, the kind of mutation, and whether the file must be refused
    (a structural mutation in MUST_REFUSE last; no text mutation is counted, as a cut or a
    random byte may leave a valid file)."""
    data = text.encode("utf-8")
    roll = rng.random()
    if roll < 0.5:
        tree = read_json5(text)
        kind, must_refuse = mutate_tree(tree, rng, mutations)
        return write_json(tree).encode("utf-8"), kind, must_refuse
    if roll < 0.51:
        return (*huge_file(data, rng), True)
    return (*rng.choice(TEXT_MUTATIONS)(data, rng), False)


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
        kind, _ = mutate_tree(tree, rng)
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


# --- Validation files and calibration targets ---------------------------------------------------

GENERIC_MUTATIONS = [
    drop_field, change_type, huge_number, scale_number, tiny_number, non_finite, negative_number,
    above_one, unknown_key, string_number,
]


def _scenario_months(scenario_text):
    months = read_json5(scenario_text).get("simulation", {}).get("months", 120)
    return int(months["value"] if isinstance(months, dict) else months)


def huge_year(tree, rng):
    """An estimate of a year too large for months (`year * 12` overflows) or for an Int."""
    figure = rng.choice(tree["figures"])
    year = rng.choice(["999999999999999999", "9223372036854775807", "99999999999999999999"])
    figure["estimate"] = f"perResidentYear.control.zvw.y{year}"


def year_past_horizon(tree, rng, scenario_months):
    """An estimate of the first year after the horizon: the file's months, or, with them
    removed, the scenario's."""
    accounting = _object(tree, "accounting")
    if rng.random() < 0.5 or "months" not in accounting:
        accounting.pop("months", None)
        months = scenario_months
    else:
        months = int(accounting["months"])
    figure = rng.choice(tree["figures"])
    measure = rng.choice(["perResidentYear.intervention.wmo", "qualityOfLife.control"])
    figure["estimate"] = f"{measure}.y{months // 12 + 1}"


def nonfinite_factor(tree, rng):
    figure = rng.choice(tree["figures"])
    factor = rng.choice(["nan", "inf", "-inf", "1e999", "0x1p2000", "infinity", "NaN"])
    figure["estimate"] = f"{factor} * saving.wmo"


def missing_scenario(tree, rng):
    tree["scenario"] = rng.choice(["nosuch.json", "validation", "", "../nosuch.json"])


def figure_name_unprintable(tree, rng):
    figure = rng.choice(tree["figures"])
    key = rng.choice(["name", "nameNL"])
    figure[key] = str(figure.get(key, "")) + rng.choice(UNPRINTABLE)
    # A second problem whose error names the figure's field: it must print on one line.
    figure["kind"] = "bogus" + rng.choice(UNPRINTABLE)


VALIDATION_MUST_REFUSE = {"huge_year", "year_past_horizon", "nonfinite_factor", "missing_scenario",
                          "figure_name_unprintable"}


def mutate_validation(text, scenario_text, rng):
    """A mutated validation file's bytes, the kind, and whether it must be refused."""
    if rng.random() < 0.5:
        return mutate_file(text, rng, GENERIC_MUTATIONS)
    tree = read_json5(text)
    kind = rng.choice([huge_year, year_past_horizon, nonfinite_factor, missing_scenario,
                       figure_name_unprintable])
    if kind is year_past_horizon:
        kind(tree, rng, _scenario_months(scenario_text))
    else:
        kind(tree, rng)
    return write_json(tree).encode("utf-8"), kind.__name__, True


def range_unbounded(tree, rng):
    """A target's range with an infinite, overflowing or missing bound."""
    target = rng.choice(tree["targets"])
    target.pop("standardError", None)
    target["range"] = rng.choice([
        [0.01, float("inf")], [-1e308, 1e308], [float("-inf"), 0.5], [float("nan"), 0.5], [1e300, 1e301],
    ])


def target_value_bad(tree, rng):
    target = rng.choice(tree["targets"])
    target["value"] = rng.choice([float("inf"), float("nan"), 1e300, "0.5"])


def target_id_unprintable(tree, rng):
    target = rng.choice(tree["targets"])
    target[rng.choice(["id", "label"])] = str(target.get("id", "")) + rng.choice(UNPRINTABLE)
    target["use"] = "fit" + rng.choice(UNPRINTABLE)


def target_years_huge(tree, rng):
    target = rng.choice(tree["targets"])
    target["years"] = {"from": 1, "to": rng.choice([1e18, 9223372036854775807, 51, 0.5])}


def target_duplicate(tree, rng):
    tree["targets"].append(dict(rng.choice(tree["targets"])))


def mutate_targets(text, rng):
    """A mutated calibration targets file's bytes, the kind, and whether it must be refused."""
    if rng.random() < 0.5:
        return mutate_file(text, rng, GENERIC_MUTATIONS)
    tree = read_json5(text)
    kind = rng.choice([range_unbounded, target_value_bad, target_id_unprintable, target_years_huge,
                       target_duplicate])
    kind(tree, rng)
    return write_json(tree).encode("utf-8"), kind.__name__, True
