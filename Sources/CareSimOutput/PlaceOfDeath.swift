import CareSimCore

/// Where the control arm's residents die, at home or in an institution, by sex and age at death,
/// and how many of those who die in an institution had lived there for two years or more:
/// `place-of-death.csv` and the `placeOfDeath` object of `summary.json`.
///
/// The counts are the calibration's own measures (``CalibrationMeasure/Kind/institutionalDeathShare``
/// and ``CalibrationMeasure/Kind/institutionalDeathShareTwoYearsBefore``) of a run's control arm,
/// pooled over the horizon, so a run shows the figure that a calibration to CBS's fits. Only the
/// control arm is counted: the programme changes where residents die, and the national figure is
/// of a population without it.
///
/// The counts, the groups of ages and the file's name and columns sit here, beside the decoding
/// that reads the file back into a ``RunResult``; CareSimReports writes them
/// (`PlaceOfDeath+Encoding.swift`).
public struct PlaceOfDeath: Sendable, Equatable {
  /// A group of ages at death: a five-year band of the profile, or a total from an age up.
  public struct AgeGroup: Sendable, Equatable {
    /// The ages as the files write them: `65-69`, ..., `100+`, and the totals `80+` and `65+`.
    public var label: String
    /// The youngest age counted.
    public var fromAge: Int
    /// The first age no longer counted; nil for every age above.
    public var toAge: Int?

    /// The profile's band of the ages from `fromAge`: `80-84`.
    static func band(from fromAge: Int) -> AgeGroup {
      PlaceOfDeath.ageBands[ControlArmProfile.ageBand(ofAgeInYears: fromAge)]
    }

    /// Every age from `fromAge` up: `80+`.
    static func from(_ fromAge: Int) -> AgeGroup {
      AgeGroup(label: "\(fromAge)+", fromAge: fromAge, toAge: nil)
    }
  }

  /// The deaths of a sex (or both) and a group of ages, summed over the replications.
  public struct Row: Sendable, Equatable {
    public var sexes: CalibrationMeasure.Sexes
    public var ages: AgeGroup
    public var deaths: Int
    /// Deaths of residents who lived in an institution when they died.
    public var deathsInInstitution: Int
    /// The part of ``deathsInInstitution`` of residents who had lived there for two years or more.
    public var deathsAfterTwoYearsInInstitution: Int

    /// The share of deaths at home; NaN without deaths.
    public var shareAtHome: Double { share(deaths - deathsInInstitution) }
    /// The share of deaths in an institution; NaN without deaths.
    public var shareInInstitution: Double { share(deathsInInstitution) }
    /// The share of deaths of residents who had lived in an institution for two years or more.
    public var shareInInstitutionTwoYearsOrMore: Double { share(deathsAfterTwoYearsInInstitution) }

    func share(_ count: Int) -> Double { deaths == 0 ? .nan : Double(count) / Double(deaths) }
  }

  /// The replications the counts are summed over.
  public var replications: Int
  /// Every sex (all, men, women) by every group of ``ageGroups``, in that order.
  public var rows: [Row]

  /// The profile's five-year bands of age at death: 65-69, ..., 95-99 and 100+.
  public static let ageBands: [AgeGroup] = (0..<ControlArmProfile.ageBandCount).map { band in
    let fromAge = ControlArmProfile.youngestBandAge + band * ControlArmProfile.bandWidth
    return AgeGroup(
      label: ControlArmProfile.label(ofAgeBand: band), fromAge: fromAge,
      toAge: band == ControlArmProfile.ageBandCount - 1
        ? nil : fromAge + ControlArmProfile.bandWidth)
  }

  /// The totals: everyone who dies at 80 or older (CBS's group), and everyone.
  public static let totals: [AgeGroup] = [.from(80), .from(ControlArmProfile.youngestBandAge)]

  /// The groups of ages of the rows: the bands, then the totals.
  public static var ageGroups: [AgeGroup] { ageBands + totals }

  /// The deaths of the control arm's profile.
  ///
  /// - Parameters:
  ///   - profile: The control arm of the run's replications, summed.
  ///   - replications: The replications summed in `profile`.
  public init(profile: ControlArmProfile, replications: Int) {
    precondition(replications >= 1, "at least one replication, got \(replications)")
    self.replications = replications
    rows = CalibrationMeasure.Sexes.allCases.flatMap { sexes in
      Self.ageGroups.map { ages in
        func counts(_ kind: CalibrationMeasure.Kind) -> (part: Int, deaths: Int) {
          let statistics = CalibrationMeasure(
            kind: kind, fromAge: ages.fromAge, toAge: ages.toAge, sexes: sexes
          ).statistics(in: profile, years: nil)
          return (Int(statistics[0]), Int(statistics[1]))
        }
        let atDeath = counts(.institutionalDeathShare)
        return Row(
          sexes: sexes, ages: ages, deaths: atDeath.deaths, deathsInInstitution: atDeath.part,
          deathsAfterTwoYearsInInstitution: counts(.institutionalDeathShareTwoYearsBefore).part)
      }
    }
  }

  /// The row of a sex and a group of ages (by its label).
  public func row(_ sexes: CalibrationMeasure.Sexes, _ ages: String) -> Row? {
    rows.first { $0.sexes == sexes && $0.ages.label == ages }
  }

  /// Deaths per replication: the mean over the runs.
  public func deathsPerReplication(_ row: Row) -> Double {
    Double(row.deaths) / Double(replications)
  }

  /// The file of the table.
  public static let fileName = "place-of-death.csv"

  /// The columns of `place-of-death.csv`.
  public static let columns = [
    "sex", "ages", "deathsPerReplication", "shareAtHome", "shareInInstitution",
    "shareInInstitutionTwoYearsOrMore",
  ]
}

extension PlaceOfDeath {
  /// Where the Dutch aged 80 and over who died in 2017 lived: the figures a run is compared with.
  ///
  /// CBS counted the register addresses of all of them (about 82,000). Its "care or nursing home"
  /// is the model's institution (a nursing home, the Wlz with stay). Two years before death
  /// counts those who lived in one then; the model counts those who had lived in one for two
  /// years or more without a break, nearly the same people, since few leave a nursing home alive.
  /// The calibration's targets (`Scenarios/calibration/netherlands.json`) hold the same figures
  /// (a test checks it).
  public enum National {
    /// The year of the deaths.
    public static let year = 2017
    /// The share of deaths at 80+ of residents of a care or nursing home.
    public static let shareInInstitution80Plus = 0.46
    /// The share of deaths at 80+ of residents who lived in a care or nursing home two years
    /// before they died.
    public static let shareInInstitutionTwoYearsBefore80Plus = 0.20
    /// The share of deaths in a nursing home by sex and age at death, from 80-84 to 95+.
    public static let shareInInstitutionByAge:
      [(sexes: CalibrationMeasure.Sexes, ages: AgeGroup, share: Double)] = [
        (.men, .band(from: 80), 0.27), (.men, .band(from: 85), 0.37),
        (.men, .band(from: 90), 0.43), (.men, .from(95), 0.52),
        (.women, .band(from: 80), 0.39), (.women, .band(from: 85), 0.52),
        (.women, .band(from: 90), 0.60), (.women, .from(95), 0.68),
      ]
    /// Where the figures stand.
    public static let source =
      "CBS, Statistische Trends 2020, 'Laatste levensjaren tachtigplussers' (Verkooijen): of the "
      + "people aged 80+ who died in 2017, 46% lived in a care or nursing home when they died and "
      + "20% two years before; CBS news release 2020/29, table 'Verblijf in een verpleeghuis bij in "
      + "2017 overleden tachtigplussers': men 27%, 37%, 43% and 52% at 80-84, 85-89, 90-94 and "
      + "95+, women 39%, 52%, 60% and 68%"
  }
}
