// The postal code is needed unless the chosen country has none, and has the country's shape where the shop knows it;
// a US or Canadian address names its state: the server's conditional rules, run in the browser (the shapes and
// lists come from the server, PostalCodeRuleTagHelper and RegionRuleTagHelper).
(function ($) {
    if (!$ || !$.validator || !$.validator.unobtrusive) return;
    $.validator.addMethod("postalcode", function (value, element, rule) {
        var country = ($("#" + rule.country).val() || "").toUpperCase();
        return rule.without.indexOf(country) >= 0 || $.trim(value) !== "";
    });
    $.validator.unobtrusive.adapters.add("postalcode", ["without", "country"], function (options) {
        options.rules.postalcode = { without: options.params.without.split(","), country: options.params.country };
        options.messages.postalcode = options.message;
    });
    function shapeOf(rule) { return rule.shapes[($("#" + rule.country).val() || "").toUpperCase()]; }
    $.validator.addMethod("postalshape", function (value, element, rule) {
        // As PostalFormat.Fits: as typed, or without its spaces ("75 001"); the server writes it the country's way.
        var shape = shapeOf(rule), code = $.trim(value).toUpperCase();
        return !shape || code === "" || new RegExp(shape[0]).test(code) || new RegExp(shape[0]).test(code.replace(/ /g, ""));
    });
    $.validator.unobtrusive.adapters.add("postalshape", ["shapes", "country"], function (options) {
        options.rules.postalshape = { shapes: JSON.parse(options.params.shapes), country: options.params.country };
        options.messages.postalshape = function (rule) { return options.message.replace("{Example}", (shapeOf(rule) || ["", ""])[1]); };
    });
    // A US or Canadian address names its state or province, by code or name (as Regions.Named, RegionRuleTagHelper).
    function listOf(rule) { return rule.lists[($("#" + rule.country).val() || "").toUpperCase()]; }
    function key(text) { return (text || "").normalize("NFD").replace(/[^A-Za-z]/g, "").toUpperCase(); }
    $.validator.addMethod("region", function (value, element, rule) {
        var list = listOf(rule);
        return !list || list.names.indexOf(key(value)) >= 0;
    });
    $.validator.unobtrusive.adapters.add("region", ["lists", "country"], function (options) {
        options.rules.region = { lists: JSON.parse(options.params.lists), country: options.params.country };
        options.messages.region = function (rule) { return options.message.replace("{Example}", (listOf(rule) || { example: "" }).example); };
    });
    // A new country may make its postal code or region needed or not: check them again once the shopper has tried to send.
    $(document).on("change", "select[autocomplete$=country]", function () {
        var validator = $(this.form).data("validator");
        $(this.form).find("[data-val-postalcode-country='" + this.id + "'], [data-val-region-country='" + this.id + "']").each(function () {
            if (validator && validator.submitted[this.name] !== undefined) $(this).valid();
        });
    });
})(window.jQuery);

// Unticking "billing address same as delivery" starts the bill in the delivery's country (chosen on this page since it
// was drawn), unless the shopper has typed a bill already.
document.addEventListener("change", function (e) {
    var same = e.target;
    if (same.id !== "Form_BillingSameAsDelivery" || same.checked) return;
    var delivery = same.form.querySelector("#Form_CountryCode"), billing = same.form.querySelector("#Form_Billing_CountryCode");
    var typed = Array.prototype.some.call(same.form.querySelectorAll(".billing-address input"), function (i) { return i.value.trim() !== ""; });
    if (!delivery || !billing || typed || billing.value === delivery.value) return;
    billing.value = delivery.value;
    billing.dispatchEvent(new Event("change", { bubbles: true }));
});
