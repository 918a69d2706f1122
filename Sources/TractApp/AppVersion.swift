/// Placeholder until the reader lands.
public enum TractAppVersion { public static let value = 1 }
