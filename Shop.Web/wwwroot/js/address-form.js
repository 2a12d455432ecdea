// The postal code is needed unless the chosen country has none: the server's conditional rule, run in the browser.
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
    // A new country may make its postal code needed or not: check it again once the shopper has tried to send.
    $(document).on("change", "select[autocomplete$=country]", function () {
        var validator = $(this.form).data("validator");
        $(this.form).find("[data-val-postalcode-country='" + this.id + "']").each(function () {
            if (validator && validator.submitted[this.name] !== undefined) $(this).valid();
        });
    });
})(window.jQuery);
