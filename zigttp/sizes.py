"""Human-readable sizes (SPEC §0.8): `<n> B` below 1024, else one decimal with KiB/MiB/GiB."""


def format_size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    value = float(n)
    for unit in ("KiB", "MiB", "GiB"):
        value /= 1024
        if value < 1024 or unit == "GiB":
            return f"{value:.1f} {unit}"
    return f"{n} B"
