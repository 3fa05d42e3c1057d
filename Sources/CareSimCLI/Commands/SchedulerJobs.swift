import Foundation

/// The schedulers `caresim plan` writes job files for.
enum Scheduler: String, CaseIterable, Sendable {
  case slurm, kubernetes, condor
}

/// The job files of a sharded command for one scheduler: an array of shards that each run
/// `caresim COMMAND ... --shard`, and a merge that runs after all of them succeed.
///
/// Every shard writes `shards/shard-K` under the plan's folder and its log to `logs/`, which
/// `caresim status` reads. Shard processes are started with `exec`, so that a cancelled task's
/// signal reaches CareSim itself, which stops and removes its partial files: nothing is left
/// running and no half-written shard remains.
struct SchedulerJobs {
  var scheduler: Scheduler
  /// The plan's folder, absolute.
  var folder: String
  /// The folder the jobs run in (relative paths in the command resolve against it), absolute.
  var workingFolder: String
  /// The `caresim` binary the jobs run.
  var binary: String
  /// The command line after `caresim`, without `--shard` and `--out`.
  var command: [String]
  var shards: Int
  var threads: Int
  /// Where the merge writes the result.
  var result: String
  /// Where the merge writes in a Kubernetes pod: the command's `--out` as typed, or nil for
  /// `result` beside the shards.
  var podResult: String? = nil

  /// The shard folder of shard `index` (a shell or scheduler variable for the index).
  func shardFolder(_ index: String) -> String { "\(folder)/shards/shard-\(index)" }

  /// The files to write, by name in the plan's folder.
  var files: [String: String] {
    switch scheduler {
    case .slurm: slurm
    case .kubernetes: kubernetes
    case .condor: condor
    }
  }

  /// The script a user runs to submit the plan.
  static let submitName = "submit.sh"

  private var shardIndices: String { "0-\(shards - 1)" }

  private var slurm: [String: String] {
    let shardCommand =
      ([binary] + command).map(Self.shellQuoted).joined(separator: " ")
      + " --shard auto/\(shards) --threads \"${SLURM_CPUS_PER_TASK:-\(threads)}\" --out "
      + Self.shellQuoted(folder + "/shards") + "/shard-\"$SLURM_ARRAY_TASK_ID\""
    let mergeCommand =
      ([binary, "merge"] + (0..<shards).map { shardFolder(String($0)) } + ["--out", result])
      .map(Self.shellQuoted).joined(separator: " ")
    return [
      "array.sbatch": """
      #!/bin/bash
      #SBATCH --job-name=caresim-shards
      #SBATCH --array=\(shardIndices)
      #SBATCH --cpus-per-task=\(threads)
      #SBATCH --ntasks=1
      #SBATCH --chdir=\(workingFolder)
      #SBATCH --output=\(folder)/logs/shard-%a.log
      # One task per shard: shard K of \(shards) is array index K. exec hands the task's
      # signals (scancel, time limit) to caresim, which stops cleanly.
      exec \(shardCommand)

      """,
      "merge.sbatch": """
      #!/bin/bash
      #SBATCH --job-name=caresim-merge
      #SBATCH --cpus-per-task=\(threads)
      #SBATCH --ntasks=1
      #SBATCH --chdir=\(workingFolder)
      #SBATCH --output=\(folder)/logs/merge.log
      exec \(mergeCommand) --threads "${SLURM_CPUS_PER_TASK:-\(threads)}"

      """,
      Self.submitName: """
      #!/bin/sh
      # Submits the array of \(shards) shards and the merge, which starts when every shard has
      # succeeded. Check on it with: caresim status \(Self.shellQuoted(folder))
      set -eu
      cd \(Self.shellQuoted(folder))
      array=$(sbatch --parsable array.sbatch)
      array=${array%%;*}
      merge=$(sbatch --parsable --dependency=afterok:"$array" merge.sbatch)
      echo "submitted shards as array job $array and the merge as job ${merge%%;*}"

      """,
    ]
  }

  private var kubernetes: [String: String] {
    func list(_ arguments: [String]) -> String {
      arguments.map { "\"" + Self.yamlEscaped($0) + "\"" }.joined(separator: ", ")
    }
    let shardArguments =
      command + [
        "--shard", "auto/\(shards)", "--threads", String(threads), "--out",
        "shards/shard-$(JOB_COMPLETION_INDEX)",
      ]
    let mergeArguments =
      ["merge"] + (0..<shards).map { "shards/shard-\($0)" } + ["--out", podResult ?? "result"]
    func job(_ name: String, _ arguments: [String], indexed: Bool) -> String {
      let indexing =
        indexed
        ? """
          completionMode: Indexed
          completions: \(shards)
          parallelism: \(shards)
          backoffLimit: \(shards)

        """
        : """
          completions: 1
          backoffLimit: 1

        """
      return """
        # \(name == "caresim-shards" ? "The shards: pod K runs shard K of \(shards) (JOB_COMPLETION_INDEX)." : "The merge: apply it when caresim-shards has completed (submit.sh waits for it).")
        # Set the image to one holding caresim, and the claim to the volume that holds this
        # plan's folder as its root (mounted at /data, where the command runs): the shards write
        # shards/shard-K there, for caresim status. Paths in the command are as the pod sees them.
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: \(name)
        spec:
        \(indexing)  template:
            spec:
              restartPolicy: Never
              containers:
                - name: caresim
                  image: caresim:latest
                  workingDir: /data
                  command: ["caresim"]
                  args: [\(list(arguments))]
                  resources:
                    requests:
                      cpu: "\(threads)"
                  volumeMounts:
                    - name: data
                      mountPath: /data
              volumes:
                - name: data
                  persistentVolumeClaim:
                    claimName: caresim-data

        """
    }
    return [
      "shards.yaml": job("caresim-shards", shardArguments, indexed: true),
      "merge.yaml": job("caresim-merge", mergeArguments, indexed: false),
      Self.submitName: """
      #!/bin/sh
      # Starts the Indexed Job of \(shards) shards, waits for it to complete, then the merge.
      set -eu
      cd "$(dirname "$0")"
      kubectl apply -f shards.yaml
      kubectl wait --for=condition=complete --timeout=-1s job/caresim-shards
      kubectl apply -f merge.yaml

      """,
    ]
  }

  private var condor: [String: String] {
    let shardArguments =
      command + [
        "--shard", "$(shard)/\(shards)", "--threads", String(threads), "--out",
        shardFolder("$(shard)"),
      ]
    let mergeArguments =
      ["merge"] + (0..<shards).map { shardFolder(String($0)) } + ["--out", result]
    func submit(_ arguments: [String], log: String, queue: String) -> String {
      """
      executable = \(binary)
      arguments = "\(arguments.map(Self.condorQuoted).joined(separator: " "))"
      initialdir = \(workingFolder)
      request_cpus = \(threads)
      output = \(folder)/logs/\(log).log
      error = \(folder)/logs/\(log).err
      log = \(folder)/logs/condor.log
      \(queue)

      """
    }
    return [
      "shards.sub": "# Shard K of \(shards) runs as the job whose shard is K.\n"
        + submit(
          shardArguments, log: "shard-$(shard)",
          queue: "queue shard in (\((0..<shards).map(String.init).joined(separator: " ")))"),
      "merge.sub": submit(mergeArguments, log: "merge", queue: "queue"),
      "caresim.dag": """
      JOB shards shards.sub
      JOB merge merge.sub
      PARENT shards CHILD merge

      """,
      Self.submitName: """
      #!/bin/sh
      # Submits the DAG: the \(shards) shards, then the merge once every shard has succeeded.
      set -eu
      cd "$(dirname "$0")"
      condor_submit_dag caresim.dag

      """,
    ]
  }

  /// `text` as one shell word.
  static func shellQuoted(_ text: String) -> String {
    let plain = text.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,+@%".contains($0) }
    return plain && !text.isEmpty
      ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// `text` as one argument of HTCondor's quoted `arguments` (single quotes, doubled inside).
  static func condorQuoted(_ text: String) -> String {
    "'"
      + text.replacingOccurrences(of: "'", with: "''").replacingOccurrences(of: "\"", with: "\"\"")
      + "'"
  }

  /// `text` inside a YAML double-quoted string.
  static func yamlEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
  }
}
