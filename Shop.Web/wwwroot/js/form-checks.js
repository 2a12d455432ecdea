// jQuery Validate checks a wrong field again as it is typed in (keys) and a list only when clicked, which in Chromium is
// before the choice; a browser's autofill presses no key either. So once a form was sent with mistakes, a list chosen
// or a field filled in by the browser kept its message until it lost focus, which happens as the send button is
// pressed: the message went, the button moved up from under the pointer and the press was lost. A field that was
// wrong is checked again as soon as its value changes, however it changed.
(function ($) {
    if (!$ || !$.validator) return;
    $(document).on("input change", "input, select, textarea", function () {
        var validator = this.form && $(this.form).data("validator");
        if (validator && validator.submitted[this.name] !== undefined) $(this).valid();
    });

    // jQuery Validate marks a field aria-invalid when it checks that field alone, not when the form is sent: mark every
    // field it shows as wrong, as the server's pages do (FormErrorTagHelper).
    var highlight = $.validator.defaults.highlight, unhighlight = $.validator.defaults.unhighlight;
    $.validator.setDefaults({
        highlight: function (element) { highlight.apply(this, arguments); $(element).attr("aria-invalid", "true"); },
        unhighlight: function (element) { unhighlight.apply(this, arguments); $(element).attr("aria-invalid", "false"); }
    });
})(window.jQuery);
