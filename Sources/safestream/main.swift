import SafeStreamServer
print("safestream \(SafeStreamVersion.string)")
