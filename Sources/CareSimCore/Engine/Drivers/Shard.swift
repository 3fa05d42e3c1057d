/// One of several shards of a command's blocks, as a scheduler's array task runs it.
///
/// Shards count from 0, as SLURM array indices and Kubernetes completion indices do. Each holds
/// a contiguous range of blocks, and the ranges' sizes differ by at most one block: the first
/// `blocks % count` shards hold one more.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
  /// This shard's place, `0..<count`.
  public let index: Int
  /// The number of shards.
  public let count: Int

  /// Shard `index` of `count`; nil unless `0 <= index < count`.
  public init?(index: Int, count: Int) {
    guard count >= 1, (0..<count).contains(index) else { return nil }
    self.index = index
    self.count = count
  }

  /// `K/N`, as `--shard` takes it.
  public var description: String { "\(index)/\(count)" }

  /// This shard's blocks of `total`.
  public func blocks(of total: Int) -> Range<Int> {
    precondition(total >= 0, "a command has no negative number of blocks, got \(total)")
    let (base, extra) = total.quotientAndRemainder(dividingBy: count)
    let first = index * base + min(index, extra)
    return first..<(first + base + (index < extra ? 1 : 0))
  }
}
