import CareSimCore
import CareSimOutput
import CareSimScenario
import JSON5

/// What a run writes of where its control arm's residents die: `place-of-death.csv` and the
/// `placeOfDeath` object of `summary.json`, in the data files' numbers (``DataNumber``).
extension PlaceOfDeath {
  /// `place-of-death.csv`: one row per sex and group of ages; a share without deaths is empty.
  public var table: ResultTable {
    var table = ResultTable(columns: Self.columns)
    for row in rows {
      table.append([
        .text(row.sexes.rawValue), .text(row.ages.label), .number(deathsPerReplication(row)),
        .share(row.shareAtHome), .share(row.shareInInstitution),
        .share(row.shareInInstitutionTwoYearsOrMore),
      ])
    }
    return table
  }

  /// The `placeOfDeath` object of `summary.json`: both sexes at 65+ and at 80+, and CBS's figures.
  public var json: JSONValue {
    func entry(_ ages: String) -> JSONValue {
      guard let row = row(.all, ages) else { return .null }
      return .object([
        "deathsPerReplication": DataNumber.json(deathsPerReplication(row)),
        "shareAtHome": DataNumber.json(row.shareAtHome),
        "shareInInstitution": DataNumber.json(row.shareInInstitution),
        "shareInInstitutionTwoYearsOrMore": DataNumber.json(row.shareInInstitutionTwoYearsOrMore),
      ])
    }
    return .object([
      "arm": .string(SummaryArm.control.description),
      "ages65Plus": entry("65+"),
      "ages80Plus": entry("80+"),
      "national": National.json,
      "notes": .string(
        "Deaths of the control arm (without the programme) over the horizon, both sexes: where "
          + "the residents lived when they died, and the share who had lived in an institution for "
          + "two years or more without a break. place-of-death.csv gives them by sex and age."),
    ])
  }
}

extension PlaceOfDeath.National {
  /// CBS's figures as `summary.json` writes them.
  static var json: JSONValue {
    .object([
      "year": .number(Double(year)),
      "ages80Plus": .object([
        "shareInInstitution": DataNumber.json(shareInInstitution80Plus),
        "shareInInstitutionTwoYearsBefore": DataNumber.json(
          shareInInstitutionTwoYearsBefore80Plus),
      ]),
      "shareInInstitutionByAge": .array(
        shareInInstitutionByAge.map { entry in
          .object([
            "sex": .string(entry.sexes.rawValue), "ages": .string(entry.ages.label),
            "share": DataNumber.json(entry.share),
          ])
        }),
      "source": .string(source),
    ])
  }
}
