//! Records the build target for the plugin compatibility record.
fn main() {
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    println!("cargo:rustc-env=VANBAN_SDK_TARGET_ARCH={arch}");
    println!("cargo:rustc-env=VANBAN_SDK_TARGET_OS={os}");
}
