/// The version of CareSim, printed by `caresim --version` and recorded in every output.
public enum CareSimVersion {
  public static let current = "0.2.0"
}
