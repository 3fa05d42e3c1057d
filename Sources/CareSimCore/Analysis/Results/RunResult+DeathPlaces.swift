// MARK: - Where residents die

extension RunResult {
  /// Where the control arm's residents die, by sex and age at death, beside the national figures
  /// the run is compared with (CBS's, for 2017).
  public struct DeathPlaces: Sendable, Equatable {
    /// The figures of one sex (or both) and one group of ages (the share at home is the rest).
    public struct Shares: Sendable, Equatable {
      public var deathsPerReplication: Double
      public var inInstitution: Double
      public var inInstitutionTwoYearsOrMore: Double

      public init(
        deathsPerReplication: Double, inInstitution: Double, inInstitutionTwoYearsOrMore: Double
      ) {
        self.deathsPerReplication = deathsPerReplication
        self.inInstitution = inInstitution
        self.inInstitutionTwoYearsOrMore = inInstitutionTwoYearsOrMore
      }

      /// A group without figures.
      public static let missing = Shares(
        deathsPerReplication: .nan, inInstitution: .nan, inInstitutionTwoYearsOrMore: .nan)
    }

    /// One of the national shares by sex and age at death.
    public struct NationalShare: Sendable, Equatable {
      public var sexes: CalibrationMeasure.Sexes
      /// The first age of the group.
      public var fromAge: Int
      public var share: Double

      public init(sexes: CalibrationMeasure.Sexes, fromAge: Int, share: Double) {
        self.sexes = sexes
        self.fromAge = fromAge
        self.share = share
      }
    }

    /// The figures by sex and label of the group of ages (`65-69`, ..., `80+`, `65+`).
    public var shares: [CalibrationMeasure.Sexes: [String: Shares]]
    /// The year of the national figures.
    public var nationalYear: Int
    /// The national share of deaths at 80 and over in an institution.
    public var nationalInInstitution80Plus: Double
    /// The national share of deaths at 80 and over of residents of an institution two years
    /// before.
    public var nationalTwoYearsBefore80Plus: Double
    public var nationalByAge: [NationalShare]

    public init(
      shares: [CalibrationMeasure.Sexes: [String: Shares]], nationalYear: Int,
      nationalInInstitution80Plus: Double, nationalTwoYearsBefore80Plus: Double,
      nationalByAge: [NationalShare]
    ) {
      self.shares = shares
      self.nationalYear = nationalYear
      self.nationalInInstitution80Plus = nationalInInstitution80Plus
      self.nationalTwoYearsBefore80Plus = nationalTwoYearsBefore80Plus
      self.nationalByAge = nationalByAge
    }

    /// The figures of a sex and group of ages; NaN where the result has none.
    public func shares(_ sexes: CalibrationMeasure.Sexes, _ ages: String) -> Shares {
      shares[sexes]?[ages] ?? .missing
    }

    /// The national shares of one sex, youngest first.
    public func nationalByAge(_ sexes: CalibrationMeasure.Sexes) -> [NationalShare] {
      nationalByAge.filter { $0.sexes == sexes }
    }
  }
}
