#!/usr/bin/env python3
"""The Kubernetes and HTCondor job files of `caresim plan`, read as their schedulers read them and
run as they would run them.

No Kubernetes or HTCondor runs here (Debian 12 packages HTCondor not at all, and its kubectl, 1.20,
predates Indexed Jobs and validates only against a live API server). So each file is parsed the
way its scheduler parses it: the Jobs with a YAML parser (Debian's python3-yaml) and checked field
by field against the Job API (batch/v1, an Indexed Job of N completions, pods that never restart);
the submit files by HTCondor's rules for `arguments` (the double-quoted form: arguments split on
spaces, single quotes group, doubled quotes are literal) and its `queue VAR in (...)` form; the
DAG by its JOB and PARENT ... CHILD lines. Then every shard's command line is run as its pod or
job would run it (the index substituted where the scheduler substitutes it, in the folder it runs
in), then the merge's, and the merged data files are compared byte for byte with one process's.

Usage: check-job-files.py CARESIM WORK_FOLDER
"""

import filecmp
import os
import re
import shutil
import subprocess
import sys

import yaml

SHARDS = 3
COMMANDS = {
    "run": ["run", "small.json", "--replications", "200"],
    "psa": ["psa", "small.json", "--samples", "6", "--inner", "2"],
}


def fail(message):
    sys.exit(f"error: {message}")


def expect(condition, message):
    if not condition:
        fail(message)


def run(binary, arguments, folder):
    result = subprocess.run(
        [binary] + arguments, cwd=folder, capture_output=True, text=True, check=False
    )
    expect(result.returncode == 0, f"{' '.join(arguments)} in {folder}: {result.stderr}")


def same_data(whole, merged):
    """Every CSV and JSON data file of `whole` is in `merged` with the same bytes."""
    names = sorted(
        name
        for name in os.listdir(whole)
        if name.endswith((".csv", ".json")) and name != "caresim-result.json"
    )
    expect(names, f"{whole} holds no data files")
    for name in names:
        expect(
            filecmp.cmp(os.path.join(whole, name), os.path.join(merged, name), shallow=False),
            f"{merged}/{name} differs from the one-process {whole}/{name}",
        )
    return len(names)


def job(path):
    """The one Job a manifest holds, checked against the fields batch/v1 gives them."""
    with open(path, encoding="utf-8") as file:
        documents = [document for document in yaml.safe_load_all(file) if document is not None]
    expect(len(documents) == 1, f"{path}: {len(documents)} documents, expected one Job")
    manifest = documents[0]
    expect(manifest.get("apiVersion") == "batch/v1", f"{path}: apiVersion is not batch/v1")
    expect(manifest.get("kind") == "Job", f"{path}: kind is not Job")
    expect(
        re.fullmatch(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?", manifest["metadata"]["name"]),
        f"{path}: the name is not a DNS label",
    )
    pod = manifest["spec"]["template"]["spec"]
    expect(pod.get("restartPolicy") == "Never", f"{path}: a failed pod must not restart in place")
    (container,) = pod["containers"]
    expect(all(isinstance(argument, str) for argument in container["args"]), f"{path}: args")
    mounts = {mount["name"]: mount["mountPath"] for mount in container["volumeMounts"]}
    volumes = {volume["name"] for volume in pod["volumes"]}
    expect(set(mounts) <= volumes, f"{path}: a mount names no volume")
    expect(container["workingDir"] in mounts.values(), f"{path}: the pod runs outside its volume")
    return manifest["spec"], container


def check_kubernetes(binary, work, name, command):
    plan = os.path.join(work, f"kubernetes-{name}")
    run(binary, ["plan", "--scheduler", "kubernetes", "--shards", str(SHARDS), "--out", plan,
                 "--", *command, "--force"], work)
    # The plan's folder is the volume's root, where the pods run: the scenario goes there.
    for scenario in ("small.json", "neighbourhood.json"):
        shutil.copy(os.path.join(work, scenario), plan)
    spec, container = job(os.path.join(plan, "shards.yaml"))
    expect(spec.get("completionMode") == "Indexed", "shards.yaml: not an Indexed Job")
    expect(spec["completions"] == SHARDS and spec["parallelism"] == SHARDS,
           "shards.yaml: completions and parallelism are not the shard count")
    arguments = container["args"]
    expect("--shard" in arguments and arguments[arguments.index("--shard") + 1] == f"auto/{SHARDS}",
           "shards.yaml: the pods do not run --shard auto/N")
    expect(any("$(JOB_COMPLETION_INDEX)" in argument for argument in arguments),
           "shards.yaml: the shard folders do not carry the completion index")
    for index in range(SHARDS):
        # Kubernetes expands $(VAR) in args from the container's environment, and the Job
        # controller gives an Indexed Job's pods JOB_COMPLETION_INDEX; --shard auto/N reads it.
        pod_arguments = [argument.replace("$(JOB_COMPLETION_INDEX)", str(index))
                         for argument in arguments]
        subprocess_environment = dict(os.environ, JOB_COMPLETION_INDEX=str(index))
        result = subprocess.run([binary] + pod_arguments, cwd=plan, capture_output=True,
                                text=True, env=subprocess_environment, check=False)
        expect(result.returncode == 0, f"pod {index}: {result.stderr}")
    merge_spec, merge = job(os.path.join(plan, "merge.yaml"))
    expect(merge_spec.get("completions", 1) == 1, "merge.yaml: the merge is not one pod")
    expect(merge["args"][0] == "merge", "merge.yaml: the pod does not merge")
    run(binary, merge["args"], plan)
    result = merge["args"][merge["args"].index("--out") + 1]
    return same_data(os.path.join(work, f"whole-{name}"), os.path.join(plan, result))


def submit_description(path):
    """The commands of an HTCondor submit file (`key = value`) and its queue statement."""
    commands, queue = {}, None
    with open(path, encoding="utf-8") as file:
        for line in file:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.lower().startswith("queue"):
                expect(queue is None, f"{path}: more than one queue statement")
                queue = line
                continue
            key, equals, value = line.partition("=")
            expect(equals, f"{path}: '{line}' is neither a command nor a queue statement")
            commands[key.strip().lower()] = value.strip()
    expect(queue is not None, f"{path}: no queue statement")
    return commands, queue


def condor_arguments(text):
    """`arguments` in HTCondor's double-quoted form: split on spaces; single quotes group, with ''
    a literal quote inside them; "" a literal double quote."""
    expect(len(text) >= 2 and text[0] == '"' and text[-1] == '"',
           "arguments are not in the double-quoted form")
    body = text[1:-1].replace('""', '"')
    arguments, current, quoted, started, index = [], "", False, False, 0
    while index < len(body):
        character = body[index]
        if quoted:
            if character == "'" and body[index + 1:index + 2] == "'":
                current += "'"
                index += 1
            elif character == "'":
                quoted = False
            else:
                current += character
        elif character == "'":
            quoted, started = True, True
        elif character.isspace():
            if started:
                arguments.append(current)
            current, started = "", False
        else:
            current += character
            started = True
        index += 1
    expect(not quoted, "an argument's single quote is not closed")
    if started:
        arguments.append(current)
    return arguments


def check_condor(binary, work, name, command):
    plan = os.path.join(work, f"condor-{name}")
    run(binary, ["plan", "--scheduler", "condor", "--shards", str(SHARDS), "--out", plan,
                 "--", *command, "--force"], work)
    shards, queue = submit_description(os.path.join(plan, "shards.sub"))
    match = re.fullmatch(r"queue\s+(\w+)\s+in\s+\(([^)]*)\)", queue)
    expect(match, f"shards.sub: '{queue}' is not 'queue VAR in (...)'")
    variable, values = match.group(1), match.group(2).split()
    expect(values == [str(index) for index in range(SHARDS)],
           f"shards.sub: queues {values}, not 0 to {SHARDS - 1}")
    expect(shards["request_cpus"].isdigit(), "shards.sub: request_cpus is not a count")
    for value in values:
        # HTCondor expands $(VAR) throughout the submit description for each queued value.
        arguments = condor_arguments(shards["arguments"].replace(f"$({variable})", value))
        expect(os.path.samefile(shards["executable"], binary), "shards.sub: not this caresim")
        run(binary, arguments, shards["initialdir"])
    merge, merge_queue = submit_description(os.path.join(plan, "merge.sub"))
    expect(merge_queue == "queue", "merge.sub: the merge is not one job")
    arguments = condor_arguments(merge["arguments"])
    run(binary, arguments, merge["initialdir"])
    with open(os.path.join(plan, "caresim.dag"), encoding="utf-8") as file:
        dag = [line.split() for line in file if line.strip() and not line.startswith("#")]
    jobs = {words[1]: words[2] for words in dag if words[0] == "JOB"}
    expect(jobs == {"shards": "shards.sub", "merge": "merge.sub"}, f"caresim.dag: jobs {jobs}")
    expect(["PARENT", "shards", "CHILD", "merge"] in dag, "caresim.dag: the merge waits for nothing")
    result = arguments[arguments.index("--out") + 1]
    return same_data(os.path.join(work, f"whole-{name}"), os.path.join(merge["initialdir"], result))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    shutil.copy(os.path.join(root, "Scenarios", "neighbourhood.json"), work)
    with open(os.path.join(work, "small.json"), "w", encoding="utf-8") as file:
        file.write("{ extends: 'neighbourhood.json', simulation: { residents: 60, months: 24 } }\n")
    for name, command in COMMANDS.items():
        run(binary, command + ["--quiet", "--out", f"whole-{name}"], work)
        files = check_kubernetes(binary, work, name, command)
        print(f"kubernetes {name}: {SHARDS} pods and the merge pod give the one-process {files} "
              "data files")
        files = check_condor(binary, work, name, command)
        print(f"condor {name}: {SHARDS} jobs and the DAG's merge give the one-process {files} "
              "data files")


if __name__ == "__main__":
    main()
