// PayPal Checkout (one-time "checkout" flow) beside the card form, through braintree-web's paypal-checkout component:
// it loads PayPal's own SDK script (allowed by the payment page's Content-Security-Policy only when PayPal is on),
// renders PayPal's button, and after the shopper approves in PayPal's window tokenizes the payment into a nonce.
// The nonce is posted like a card's; the server asks Braintree what it is and charges it as a PayPal account.
(function () {
  'use strict';
  var box = document.getElementById('paypal-checkout');
  var form = document.getElementById('payment-form');
  var fields = document.getElementById('hosted-fields');
  if (!box || !form || !fields || !window.braintree || !braintree.paypalCheckout) return;
  var amount = box.getAttribute('data-amount');
  var currency = box.getAttribute('data-currency');
  var error = document.createElement('p');
  error.className = 'text-danger small payment-step-error';
  error.setAttribute('role', 'alert');
  box.appendChild(error);

  braintree.client.create({ authorization: fields.getAttribute('data-client-token') }).then(function (client) {
    return braintree.paypalCheckout.create({ client: client });
  }).then(function (paypalCheckout) {
    return paypalCheckout.loadPayPalSDK({ currency: currency, intent: 'capture' }).then(function () {
      return window.paypal.Buttons({
        fundingSource: window.paypal.FUNDING.PAYPAL,
        createOrder: function () {
          return paypalCheckout.createPayment({ flow: 'checkout', amount: amount, currency: currency, intent: 'capture' });
        },
        onApprove: function (data) {
          return paypalCheckout.tokenizePayment(data).then(function (payload) {
            // PayPal, not a saved card: the server would charge the saved card's id otherwise.
            var newCard = document.getElementById('saved-new');
            if (newCard) newCard.checked = true;
            document.getElementById('payment-nonce').value = payload.nonce;
            form.submit();
          });
        },
        onCancel: function () { error.textContent = 'PayPal was closed before paying. You have not been charged.'; },
        onError: function () { error.textContent = 'PayPal could not be used just now. You have not been charged; try again or pay by card.'; }
      }).render('#paypal-button');
    });
  }).catch(function () {
    error.textContent = 'PayPal could not load. You can still pay by card.';
  });
})();
