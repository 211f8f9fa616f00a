// toUpperCase / toLowerCase use full Unicode mappings: ß, ligatures, final sigma, dotted I, Georgian
const samples = ["straße", "ﬁﬂ", "ΟΔΟΣ ΟΔΟΣ.", "ΣΑΣ", "Σ", "aΣb", "İstanbul", "ı", "ǅ", "ŉ", "ﬀ", "ΐ",
  "ⓐⓑ", "Ǆ", "ꞵ", "ᾳ", "ᾼ", "ǰ", "ß".repeat(3), "Ω", "K", "Å", "ɐ", "ა", "Ა", "😀a", "\u{10428}\u{10400}"];
for (const s of samples) {
  const up = s.toUpperCase();
  const low = s.toLowerCase();
  console.log(s, up, low, up.length, low.length, s.toLocaleUpperCase() === up, s.toLocaleLowerCase() === low);
}
console.log("ΑΣ ΑΣ".toLowerCase(), "ΑΣ1".toLowerCase(), "ΑΣ'Σ".toLowerCase(), "Σ̈".toLowerCase());
