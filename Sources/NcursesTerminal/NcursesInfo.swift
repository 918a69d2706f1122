import CNCursesW
/// Placeholder until the reader lands.
public enum NcursesInfo { public static let version = 1 }
