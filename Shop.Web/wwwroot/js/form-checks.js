// jQuery Validate checks a field again as it is typed in, but a list (select) only when clicked, which in Chromium is
// before the choice. So once a form was sent with a list left wrong, choosing a value left its message standing until
// the list lost focus, which happens as the send button is pressed: the message went, the button moved up from under
// the pointer and the press was lost. A list is checked again as soon as it changes.
(function ($) {
    if (!$ || !$.validator) return;
    $(document).on("change", "select", function () {
        var validator = this.form && $(this.form).data("validator");
        if (validator && validator.submitted[this.name] !== undefined) $(this).valid();
    });
})(window.jQuery);
