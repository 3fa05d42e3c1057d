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

/// The control arm (no intervention) counted by year of the horizon, sex and five-year band of
/// age: the measures a calibration to national figures reads (issue #15).
///
/// A resident-month counts in the cell of the year it falls in, the resident's sex and their age
/// at the start of the month; a death counts in the cell of the month in which it happens, so
/// `deaths / livingMonths` of a cell is its monthly death probability. Counts are integers, so
/// profiles add them exactly; costs and quality of life are doubles (within a replication,
/// quality of life is summed in integer steps of 2^-40, as the engine sums it), added in the
/// order profiles are added.
///
/// Reading a cell (see ``Cell``): the annual death probability is
/// `1 - (1 - deaths / livingMonths)^12` (``Cell/annualDeathProbability``), the share in an
/// institution `institutionalMonths / livingMonths`, a payer's cost per person-year
/// `costs[funder] / (livingMonths / 12)`.
public struct ControlArmProfile: Sendable, Equatable {
  /// A resident's sex.
  public enum Sex: Int, CaseIterable, Sendable, CustomStringConvertible {
    case female, male

    public var description: String { self == .female ? "female" : "male" }
  }

  /// The youngest age of the first band.
  public static let youngestBandAge = 65
  /// The width of a band in years.
  public static let bandWidth = 5
  /// Bands of age: 65-69, 70-74, ..., 95-99 and 100 and over.
  public static let ageBandCount = 8

  /// The band of an age in whole years; ages below 65 count in the first band (no shipped
  /// scenario has any), ages of 100 and over in the last.
  public static func ageBand(ofAgeInYears age: Int) -> Int {
    min(max(age - youngestBandAge, 0) / bandWidth, ageBandCount - 1)
  }

  /// A band's ages as a label: `65-69`, ..., `100+`.
  public static func label(ofAgeBand band: Int) -> String {
    precondition((0..<ageBandCount).contains(band), "no age band \(band)")
    let low = youngestBandAge + band * bandWidth
    return band == ageBandCount - 1 ? "\(low)+" : "\(low)-\(low + bandWidth - 1)"
  }

  /// What one cell (a year, a sex, a band of age) counts.
  public struct Cell: Sendable, Equatable {
    /// Resident-months lived: each living resident present at the start of a month.
    public var livingMonths: Int
    /// Residents who died in the cell's months.
    public var deaths: Int
    /// Resident-months lived in an institution.
    public var institutionalMonths: Int
    /// Undiscounted cost of the cell's resident-months per funder.
    ///
    /// Care, informal care at its shadow price, and crises; the intervention line is 0 in the
    /// control arm. The control arm's replaced services, a cost of the programme and not of a
    /// resident, are left out.
    public var costs: FunderAmounts
    /// The sum of quality of life over the living resident-months (a QALY is 12 of them).
    public var qualityOfLife: Double
    /// The part of ``qualityOfLife`` lived at home, which a survey of residents at home measures.
    public var qualityOfLifeAtHome: Double
    /// The part of ``deaths`` of residents who lived in an institution (at the start of the
    /// month they died, as a register counts the place of residence at death).
    public var deathsInInstitution: Int
    /// The part of ``deathsInInstitution`` of residents who had lived there for 24 months or
    /// more without a break: those who lived in an institution two years before they died.
    public var deathsAfterTwoYearsInInstitution: Int
    /// Resident-months lived at home with the Wlz's care at home (see ``CareAtHome``).
    public var careAtHomeMonths: Int

    public static let zero = Cell(
      livingMonths: 0, deaths: 0, institutionalMonths: 0, costs: .zero, qualityOfLife: 0)

    public init(
      livingMonths: Int, deaths: Int, institutionalMonths: Int, costs: FunderAmounts,
      qualityOfLife: Double, qualityOfLifeAtHome: Double = 0, deathsInInstitution: Int = 0,
      deathsAfterTwoYearsInInstitution: Int = 0, careAtHomeMonths: Int = 0
    ) {
      self.livingMonths = livingMonths
      self.deaths = deaths
      self.institutionalMonths = institutionalMonths
      self.costs = costs
      self.qualityOfLife = qualityOfLife
      self.qualityOfLifeAtHome = qualityOfLifeAtHome
      self.deathsInInstitution = deathsInInstitution
      self.deathsAfterTwoYearsInInstitution = deathsAfterTwoYearsInInstitution
      self.careAtHomeMonths = careAtHomeMonths
    }

    /// Person-years lived: resident-months over 12.
    public var personYears: Double { Double(livingMonths) / 12 }

    /// The chance that a living resident dies in a month.
    public var monthlyDeathProbability: Double {
      livingMonths == 0 ? .nan : Double(deaths) / Double(livingMonths)
    }

    /// The chance of dying within a year at the cell's monthly death probability.
    public var annualDeathProbability: Double {
      1 - pow(1 - monthlyDeathProbability, 12)
    }

    /// The share of resident-months lived in an institution.
    public var institutionalShare: Double {
      livingMonths == 0 ? .nan : Double(institutionalMonths) / Double(livingMonths)
    }

    /// A funder's cost per person-year.
    public func costPerPersonYear(_ funder: Funder) -> Double {
      livingMonths == 0 ? .nan : costs[funder] / personYears
    }

    /// The share of deaths that happen in an institution.
    public var institutionalDeathShare: Double {
      deaths == 0 ? .nan : Double(deathsInInstitution) / Double(deaths)
    }

    /// The share of deaths of residents who had lived in an institution for two years or more.
    public var twoYearsInstitutionalDeathShare: Double {
      deaths == 0 ? .nan : Double(deathsAfterTwoYearsInInstitution) / Double(deaths)
    }

    /// The share of long-term care (the Wlz's care at home and institutions) delivered at home,
    /// in resident-months.
    public var careAtHomeShare: Double {
      let longTermCareMonths = careAtHomeMonths + institutionalMonths
      return longTermCareMonths == 0 ? .nan : Double(careAtHomeMonths) / Double(longTermCareMonths)
    }

    /// The mean quality of life of the living.
    public var meanQualityOfLife: Double {
      livingMonths == 0 ? .nan : qualityOfLife / Double(livingMonths)
    }

    /// The mean quality of life of those living at home.
    public var meanQualityOfLifeAtHome: Double {
      let monthsAtHome = livingMonths - institutionalMonths
      return monthsAtHome == 0 ? .nan : qualityOfLifeAtHome / Double(monthsAtHome)
    }

    public static func + (lhs: Cell, rhs: Cell) -> Cell {
      Cell(
        livingMonths: lhs.livingMonths + rhs.livingMonths, deaths: lhs.deaths + rhs.deaths,
        institutionalMonths: lhs.institutionalMonths + rhs.institutionalMonths,
        costs: lhs.costs + rhs.costs, qualityOfLife: lhs.qualityOfLife + rhs.qualityOfLife,
        qualityOfLifeAtHome: lhs.qualityOfLifeAtHome + rhs.qualityOfLifeAtHome,
        deathsInInstitution: lhs.deathsInInstitution + rhs.deathsInInstitution,
        deathsAfterTwoYearsInInstitution: lhs.deathsAfterTwoYearsInInstitution
          + rhs.deathsAfterTwoYearsInInstitution,
        careAtHomeMonths: lhs.careAtHomeMonths + rhs.careAtHomeMonths)
    }
  }

  /// The change of quality of life over 12 months of residents at home at month `t` and at
  /// `t + 12` (the Gemert-Bakel design: those admitted or dead by then are left out).
  public struct QualityOfLifeChange: Sendable, Equatable {
    /// Residents at home at both months.
    public var residents: Int
    /// The sum of their changes: score at `t + 12` less score at `t`.
    public var summedChange: Double

    public static let zero = QualityOfLifeChange(residents: 0, summedChange: 0)

    public init(residents: Int, summedChange: Double) {
      self.residents = residents
      self.summedChange = summedChange
    }

    /// The mean change.
    public var meanChange: Double { residents == 0 ? .nan : summedChange / Double(residents) }

    public static func + (lhs: Self, rhs: Self) -> Self {
      Self(
        residents: lhs.residents + rhs.residents, summedChange: lhs.summedChange + rhs.summedChange
      )
    }
  }

  /// The horizon in months.
  public let months: Int
  /// The cells, indexed by ``index(year:sex:ageBand:)``.
  public private(set) var cells: [Cell]
  /// The changes of quality of life, indexed by ``changeIndex(startYear:sex:ageBand:)``: for
  /// `t = 12 · startYear`, by sex and band of age at `t`.
  public private(set) var qualityOfLifeChanges: [QualityOfLifeChange]

  /// A profile that counts nothing yet: what profiles of a horizon are added to.
  public init(months: Int) {
    precondition(months >= 1, "a horizon of at least one month, got \(months)")
    self.months = months
    cells = Array(repeating: .zero, count: Self.years(months: months) * Self.cellsPerYear)
    qualityOfLifeChanges = Array(
      repeating: .zero, count: Self.changeYears(months: months) * Self.cellsPerYear)
  }

  package init(months: Int, cells: [Cell], qualityOfLifeChanges: [QualityOfLifeChange]) {
    precondition(
      cells.count == Self.years(months: months) * Self.cellsPerYear
        && qualityOfLifeChanges.count == Self.changeYears(months: months) * Self.cellsPerYear,
      "cells of another horizon")
    self.months = months
    self.cells = cells
    self.qualityOfLifeChanges = qualityOfLifeChanges
  }

  /// Cells a year: one per sex and band of age.
  static let cellsPerYear = Sex.allCases.count * ageBandCount

  static func years(months: Int) -> Int { (months + 11) / 12 }

  /// The months `t = 0, 12, 24, …` with `t + 12` inside the horizon.
  static func changeYears(months: Int) -> Int { max(0, (months - 1) / 12) }

  /// The years of the horizon, the last one shorter when the months do not fill it.
  public var years: Int { Self.years(months: months) }

  /// The start years `k` of the changes of quality of life (`t = 12 k`, `t + 12 < months`).
  public var changeYears: Int { Self.changeYears(months: months) }

  /// The index of a cell in ``cells``: year, then sex, then band of age.
  public static func index(year: Int, sex: Sex, ageBand: Int) -> Int {
    (year * Sex.allCases.count + sex.rawValue) * ageBandCount + ageBand
  }

  /// The index of a change in ``qualityOfLifeChanges``: start year, then sex, then band of age.
  public static func changeIndex(startYear: Int, sex: Sex, ageBand: Int) -> Int {
    index(year: startYear, sex: sex, ageBand: ageBand)
  }

  /// The cell of a year (0-based), sex and band of age.
  public subscript(year year: Int, sex sex: Sex, ageBand ageBand: Int) -> Cell {
    precondition((0..<years).contains(year), "year \(year) outside the horizon of \(years)")
    precondition((0..<Self.ageBandCount).contains(ageBand), "no age band \(ageBand)")
    return cells[Self.index(year: year, sex: sex, ageBand: ageBand)]
  }

  /// The change of quality of life from month `12 · startYear` of residents of a sex and band.
  public func qualityOfLifeChange(startYear: Int, sex: Sex, ageBand: Int) -> QualityOfLifeChange {
    precondition(
      (0..<changeYears).contains(startYear), "no change from year \(startYear) in \(months) months")
    precondition((0..<Self.ageBandCount).contains(ageBand), "no age band \(ageBand)")
    return qualityOfLifeChanges[Self.changeIndex(startYear: startYear, sex: sex, ageBand: ageBand)]
  }

  /// The sum of the cells that `isIncluded` accepts, in index order.
  public func total(
    where isIncluded: (_ year: Int, _ sex: Sex, _ ageBand: Int) -> Bool = { _, _, _ in true }
  ) -> Cell {
    var total = Cell.zero
    for year in 0..<years {
      for sex in Sex.allCases {
        for band in 0..<Self.ageBandCount where isIncluded(year, sex, band) {
          total = total + cells[Self.index(year: year, sex: sex, ageBand: band)]
        }
      }
    }
    return total
  }

  /// Adds another profile of the same horizon, cell by cell (another replication's).
  public static func += (lhs: inout ControlArmProfile, rhs: ControlArmProfile) {
    precondition(lhs.months == rhs.months, "profiles of \(lhs.months) and \(rhs.months) months")
    for index in lhs.cells.indices { lhs.cells[index] = lhs.cells[index] + rhs.cells[index] }
    for index in lhs.qualityOfLifeChanges.indices {
      lhs.qualityOfLifeChanges[index] =
        lhs.qualityOfLifeChanges[index] + rhs.qualityOfLifeChanges[index]
    }
  }

  public static func + (lhs: ControlArmProfile, rhs: ControlArmProfile) -> ControlArmProfile {
    var sum = lhs
    sum += rhs
    return sum
  }

  /// The sum of profiles of one horizon, in their order (the costs' bits depend on it).
  public static func sum(_ profiles: some Sequence<ControlArmProfile>, months: Int)
    -> ControlArmProfile
  {
    profiles.reduce(into: ControlArmProfile(months: months)) { $0 += $1 }
  }
}
