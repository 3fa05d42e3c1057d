/// Why shards cannot be written or merged; every case is the user's input, so exit code 2.
public enum ShardError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The folder holds no `shard.json`.
  case notAShard(path: String)
  /// A shard's files are not what CareSim wrote.
  case damaged(path: String, reason: String)
  /// A shard disagrees with the first one on something that decides the numbers.
  case mismatched(path: String, field: String, value: String, expected: String, first: String)
  /// The same shard given twice (the same blocks).
  case duplicated(shard: Int, paths: [String])
  /// Shards not given, by index, and the shard count.
  case missing(shards: [Int], count: Int)
  /// The scenario file is not the one the shards ran.
  case scenarioChanged(path: String, expected: String, found: String)

  public var description: String {
    switch self {
    case .notAShard(let path):
      "\(path): not a CareSim shard (no \(ShardManifest.fileName)); give the folders that "
        + "'--shard K/N' wrote"
    case .damaged(let path, let reason):
      "\(path): damaged shard: \(reason); run that shard again"
    case .mismatched(let path, let field, let value, let expected, let first):
      "\(path): mismatched shard: \(field) is \(value), but \(expected) in \(first); merge only "
        + "shards of one command line"
    case .duplicated(let shard, let paths):
      "duplicated shard \(shard): given as " + paths.joined(separator: " and ")
        + "; give each shard once"
    case .missing(let shards, let count):
      "missing shard"
        + (shards.count == 1 ? " " : "s ")
        + shards.map(String.init).joined(separator: ",")
        + " of \(count) (0 to \(count - 1)); run "
        + (shards.count == 1 ? "it" : "them")
        + " with --shard K/\(count), or resubmit those array indices"
    case .scenarioChanged(let path, let expected, let found):
      "\(path): the scenario has changed since the shards ran (hash \(found), the shards ran "
        + "\(expected)); merge with the file the shards read"
    }
  }
}
