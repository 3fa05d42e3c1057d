// The standard library has no pow/log1p/exp; take it from the platform C library rather than
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

/// An outcome of the control arm that a national figure is compared with, read from a
/// ``ControlArmProfile``.
///
/// A measure pools a group of residents (a band of ages, a sex) over years of the run. It is
/// computed in two steps, so that its standard error can be found by the jackknife over
/// replications: ``statistics(in:years:)`` gives the sums a replication contributes, which add
/// across replications, and ``value(of:)`` turns summed statistics into the measure.
public struct CalibrationMeasure: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// The chance of dying within a year: `1 - (1 - deaths / resident-months)^12`.
    case deathProbability
    /// Deaths per resident-year.
    case deathRate
    /// The period life expectancy at ``CalibrationMeasure/fromAge``: an abridged life table of
    /// the 5-year bands from that age, with a constant hazard in each band and the last band
    /// (100+) open.
    case lifeExpectancy
    /// Resident-months in an institutional level over resident-months lived.
    case institutionShare
    /// The share of deaths of residents who lived in an institution when they died.
    case institutionalDeathShare
    /// The share of deaths of residents who had lived in an institution for two years or more:
    /// those who lived there two years before they died.
    case institutionalDeathShareTwoYearsBefore
    /// The share of long-term care delivered at home: resident-months with the Wlz's care at
    /// home over those and the resident-months in an institution.
    case careAtHomeShare
    /// A funder's undiscounted cost per resident-year.
    case costPerResident(Funder)
    /// The mean quality of life of those living at home (a survey of residents at home).
    case qualityOfLife
    /// The mean change of quality of life over 12 months of residents at home at both ends.
    case qualityOfLifeChange
  }

  /// Whose months a measure counts.
  public enum Sexes: String, Sendable, Equatable, CaseIterable {
    case all, men, women

    func includes(_ sex: ControlArmProfile.Sex) -> Bool {
      switch self {
      case .all: true
      case .men: sex == .male
      case .women: sex == .female
      }
    }
  }

  public var kind: Kind
  /// The youngest age counted, a band's start from 65 to 100 (for a life expectancy, its age).
  public var fromAge: Int
  /// The first age no longer counted, a band's start above `fromAge`; nil for all ages above.
  public var toAge: Int?
  public var sexes: Sexes

  public init(kind: Kind, fromAge: Int, toAge: Int? = nil, sexes: Sexes = .all) {
    precondition(
      Self.isBandStart(fromAge), "ages start at a band's start (65, 70, ... 100), got \(fromAge)")
    precondition(
      toAge.map { Self.isBandStart($0) && $0 > fromAge } ?? true,
      "an age group ends at a band's start above its first age")
    precondition(
      kind != .lifeExpectancy || toAge == nil, "a life expectancy counts every age above")
    self.kind = kind
    self.fromAge = fromAge
    self.toAge = toAge
    self.sexes = sexes
  }

  /// Whether an age starts one of the profile's bands of age.
  public static func isBandStart(_ age: Int) -> Bool {
    let offset = age - ControlArmProfile.youngestBandAge
    return offset >= 0 && offset % ControlArmProfile.bandWidth == 0
      && offset / ControlArmProfile.bandWidth < ControlArmProfile.ageBandCount
  }

  /// The profile's bands of age the measure counts.
  var ageBands: Range<Int> {
    let band = { (age: Int) in
      (age - ControlArmProfile.youngestBandAge) / ControlArmProfile.bandWidth
    }
    return band(fromAge)..<(toAge.map(band) ?? ControlArmProfile.ageBandCount)
  }

  /// What one replication's profile contributes: sums that add across replications.
  ///
  /// - Parameters:
  ///   - profile: A replication's control arm.
  ///   - years: The years of the run to pool (1-based, inclusive), clipped to the horizon; nil
  ///     for every year.
  /// - Returns: The sums ``value(of:)`` reads.
  public func statistics(in profile: ControlArmProfile, years: ClosedRange<Int>?) -> [Double] {
    let chosen = years.map { ($0.lowerBound - 1)...($0.upperBound - 1) }
    func pooled(bands: Range<Int>) -> ControlArmProfile.Cell {
      profile.total { year, sex, band in
        (chosen?.contains(year) ?? true) && sexes.includes(sex) && bands.contains(band)
      }
    }
    switch kind {
    case .deathProbability, .deathRate:
      let cell = pooled(bands: ageBands)
      return [Double(cell.deaths), Double(cell.livingMonths)]
    case .lifeExpectancy:
      return ageBands.flatMap { band in
        let cell = pooled(bands: band..<(band + 1))
        return [Double(cell.deaths), Double(cell.livingMonths)]
      }
    case .institutionShare:
      let cell = pooled(bands: ageBands)
      return [Double(cell.institutionalMonths), Double(cell.livingMonths)]
    case .institutionalDeathShare:
      let cell = pooled(bands: ageBands)
      return [Double(cell.deathsInInstitution), Double(cell.deaths)]
    case .institutionalDeathShareTwoYearsBefore:
      let cell = pooled(bands: ageBands)
      return [Double(cell.deathsAfterTwoYearsInInstitution), Double(cell.deaths)]
    case .careAtHomeShare:
      let cell = pooled(bands: ageBands)
      return [
        Double(cell.careAtHomeMonths), Double(cell.careAtHomeMonths + cell.institutionalMonths),
      ]
    case .costPerResident(let funder):
      let cell = pooled(bands: ageBands)
      return [cell.costs[funder], Double(cell.livingMonths)]
    case .qualityOfLife:
      let cell = pooled(bands: ageBands)
      return [cell.qualityOfLifeAtHome, Double(cell.livingMonths - cell.institutionalMonths)]
    case .qualityOfLifeChange:
      var change = ControlArmProfile.QualityOfLifeChange.zero
      for start in 0..<profile.changeYears where chosen?.contains(start) ?? true {
        for sex in ControlArmProfile.Sex.allCases where sexes.includes(sex) {
          for band in ageBands {
            change = change + profile.qualityOfLifeChange(startYear: start, sex: sex, ageBand: band)
          }
        }
      }
      return [change.summedChange, Double(change.residents)]
    }
  }

  /// The measure from summed statistics; NaN where the residents it counts lived no months.
  public func value(of statistics: [Double]) -> Double {
    func ratio(_ numerator: Double, _ denominator: Double) -> Double {
      denominator > 0 ? numerator / denominator : .nan
    }
    switch kind {
    case .deathProbability:
      let monthly = ratio(statistics[0], statistics[1])
      return 1 - pow(1 - monthly, 12)
    case .deathRate:
      return ratio(statistics[0], statistics[1] / 12)
    case .lifeExpectancy:
      return Self.lifeExpectancy(
        monthlyDeathProbabilities: stride(from: 0, to: statistics.count, by: 2).map {
          ratio(statistics[$0], statistics[$0 + 1])
        })
    case .institutionShare, .institutionalDeathShare, .institutionalDeathShareTwoYearsBefore,
      .careAtHomeShare, .qualityOfLife, .qualityOfLifeChange:
      return ratio(statistics[0], statistics[1])
    case .costPerResident:
      return ratio(statistics[0], statistics[1] / 12)
    }
  }

  /// The measure of one profile (the sum of a run's replications).
  public func value(in profile: ControlArmProfile, years: ClosedRange<Int>?) -> Double {
    value(of: statistics(in: profile, years: years))
  }

  /// Life expectancy at the first band's age from each band's monthly death probability: the
  /// hazard `-12 ln(1 - q)` a year is constant within a band of 5 years, and the last band is
  /// open, so its years are the survivors over the hazard.
  ///
  /// A band nobody lived in (NaN), and an open band without deaths, take the hazard of the band
  /// below: survivors to such ages are few, and the run says nothing else about them. NaN when
  /// the first band has no months.
  static func lifeExpectancy(monthlyDeathProbabilities: [Double]) -> Double {
    let width = Double(ControlArmProfile.bandWidth)
    var surviving = 1.0
    var years = 0.0
    var previousHazard = Double.nan
    for (index, monthly) in monthlyDeathProbabilities.enumerated() {
      let isOpen = index == monthlyDeathProbabilities.count - 1
      var hazard = monthly < 1 ? -12 * log1p(-monthly) : .infinity
      if monthly.isNaN || (isOpen && hazard == 0) { hazard = previousHazard }
      guard !hazard.isNaN else { return .nan }
      previousHazard = hazard
      if hazard == .infinity { break }
      if isOpen {
        years += hazard > 0 ? surviving / hazard : .infinity
      } else if hazard == 0 {
        years += surviving * width
      } else {
        let survivingBand = exp(-hazard * width)
        years += surviving * (1 - survivingBand) / hazard
        surviving *= survivingBand
      }
    }
    return years
  }
}
