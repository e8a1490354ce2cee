// Stand-in for office-addin-manifest under jest (the real one is ESM-only deep down): office-addin-mock only reads this enum.
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
