public enum SafeStreamVersion {
    public static let string = "0.1.0"
}
