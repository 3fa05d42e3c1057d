// The standard library has no pow; take it from the platform C library rather than
// Foundation, which Core avoids (STYLE.md, convention 1).
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#elseif canImport(ucrt)
import ucrt
#endif

/// How much a command will simulate and how much memory it will hold, estimated before it starts,
/// so that a run too large for the machine, or for an afternoon, is refused with the reason rather
/// than killed after an hour.
///
/// The estimate is an upper bound: every setting is counted as simulating both arms of every
/// replication, though settings of a what-if analysis share much of that work.
public struct WorkEstimate: Sendable, Equatable {
  /// Resident-months to simulate, both arms counted.
  public var residentMonths: Double
  /// Peak memory, in bytes.
  public var bytes: Double

  /// Memory every run holds whatever its size: the program, its libraries and the scenario.
  static let baseBytes = 64.0 * 1024 * 1024

  /// Bytes kept per replication and setting besides its years: its totals per arm and funder,
  /// discounted and not, and its balances (arrays of a few dozen doubles, with their headers).
  static let bytesPerReplication = 1024.0

  /// Bytes kept per replication, setting and year: both arms' discounted costs per funder.
  static let bytesPerReplicationYear = 2.0 * Double(MemoryLayout<FunderAmounts>.stride + 16)

  /// Estimates a command's work.
  ///
  /// - Parameters:
  ///   - parameters: The scenario (its residents and months count).
  ///   - replications: Replications per setting.
  ///   - settings: Settings the command evaluates (1 for a run; the points of a sweep and its base).
  ///   - threads: Worker threads, each of which holds one replication's residents at a time.
  public init(parameters: ScenarioParameters, replications: Int, settings: Int, threads: Int) {
    // Entrants counted as present for the whole horizon: an upper bound.
    let residents = Double(parameters.residentsWithEntrants)
    let months = Double(parameters.months)
    let metrics = Double(OutcomeMetric.allCases.count)
    residentMonths =
      (residents * months * 2 + Self.historyMonths(parameters)) * Double(replications)
      * Double(settings)
    // Per worker: both arms' states and the residents' profiles, and the uptake record's copy.
    let perResident = Double(
      3 * MemoryLayout<ResidentState>.stride + MemoryLayout<ResidentProfile>.stride)
    let residentsBytes = Double(threads) * residents * perResident
    // Per worker: a replication's tallies (the control arm's, its reached residents', what the
    // intervention arm keeps of it and the arm's own), each a count per month and care class;
    // bands of care costs by age multiply the classes.
    let classes = Double(
      parameters.needLevels.count * CareClass.perLevel
        * (parameters.costsByAge.boundaries.count + 1))
    let tallyBytes = Double(threads) * 4 * months * classes * Double(MemoryLayout<Int>.stride)
    // A batch of outcomes (64 replications, both arms, every month and metric), and a run's
    // trajectories: every replication's monthly values, kept for exact percentiles, in memory up
    // to their budget and in a file past it, and the chunk of them the summary reads at once
    // (analyses keep only totals, so counting them once, not per setting, is an upper bound).
    let outcomes = 64 * 2 * months * metrics * 8
    let kept =
      Double(replications)
      * Double(MonthlyValuesInMemory.bytesPerReplication(months: parameters.months))
    let summary =
      min(kept, Double(MonthlyValuesInMemory.budgetBytes))
      + min(
        kept,
        max(
          Double(OutcomeSummaryBuilder<MonthlyValuesInMemory>.defaultChunkBytes),
          Double(replications) * 2 * metrics * 8))
    let years = (months / 12).rounded(.up)
    let totals =
      Double(replications) * Double(settings)
      * (Self.bytesPerReplication + years * Self.bytesPerReplicationYear)
    bytes = Self.baseBytes + residentsBytes + tallyBytes + outcomes + summary + totals
  }

  /// Resident-months of the histories lived before a replication's run (see
  /// ``StartingState/lived(fromAge:)``), once for both arms.
  ///
  /// A history of `y` years is lived again until it survives to its end; survival from 65
  /// about halves every eight years at Dutch mortality, so it takes about `2^(y/8)` tries, each
  /// counted at full length: an upper bound. Ages are each band's middle; entrants arrive at
  /// the age their histories start from, or a little older.
  static func historyMonths(_ parameters: ScenarioParameters) -> Double {
    func months(_ population: PopulationProfile, residents: Double) -> Double {
      guard let fromAge = population.start.livedFromAge else { return 0 }
      return residents
        * population.ageBands.reduce(0) { total, band in
          let years = max(0, (band.minimumAge + band.maximumAge) / 2 - fromAge)
          return total + band.share * 12 * years * pow(2, years / 8)
        }
    }
    let entrants = parameters.entrants
    return months(parameters.population, residents: Double(parameters.residents))
      + (entrants.map {
        months($0.profile, residents: Double($0.count(months: parameters.months)))
      } ?? 0)
  }

  /// Seconds the work takes at `perThread` resident-months a second on each of `threads` threads.
  public func seconds(perThread: Double, threads: Int) -> Double {
    residentMonths / (perThread * Double(max(1, threads)))
  }
}
