// Braintree Hosted Fields on the payment page: the card number, expiry and CVV are typed into Braintree's iframes,
// tokenized into a one-time nonce, and only the nonce is posted to the shop. Unless 3-D Secure is off, the nonce first
// goes through threeDSecure.verifyCard (the bank's challenge shows in Braintree's modal when the bank asks) and the
// nonce it returns is the one posted. The server reads the 3-D Secure result from Braintree itself and decides.
// Where the shop asks for a saved card's CVV again, a second Hosted Fields instance with only a CVV field tokenizes it
// (Braintree's tokenizeCvv) and the token is posted with the saved card's id.
(function () {
  'use strict';
  var container = document.getElementById('hosted-fields');
  var form = document.getElementById('payment-form');
  if (!container || !form || !window.braintree) return;
  var button = form.querySelector('.pay-button');
  var secure = container.getAttribute('data-three-d-secure') !== 'Off';
  var messages = JSON.parse(container.getAttribute('data-messages') || '{}'); // the page's language
  var error = document.createElement('p');
  error.className = 'text-danger small payment-step-error';
  error.setAttribute('role', 'alert');
  container.appendChild(error);
  var cvvBlock = document.getElementById('saved-card-cvv');
  var cvvError = error.cloneNode();
  if (cvvBlock) cvvBlock.parentNode.appendChild(cvvError);
  button.disabled = true;

  function verify(threeDSecure, payload) {
    if (!threeDSecure) return Promise.resolve(payload.nonce);
    var billing = JSON.parse(container.getAttribute('data-billing') || '{}');
    return threeDSecure.verifyCard({
      amount: container.getAttribute('data-amount'),
      nonce: payload.nonce,
      bin: payload.details && payload.details.bin,
      email: container.getAttribute('data-email') || undefined,
      billingAddress: billing,
      collectDeviceData: true,
      onLookupComplete: function (data, next) { next(); }
    }).then(function (verified) { return verified.nonce; });
  }

  function explain(e) {
    var code = (e && e.code) || '';
    if (code === 'HOSTED_FIELDS_FIELDS_EMPTY') return messages.empty;
    if (code.indexOf('HOSTED_FIELDS_') === 0) return messages.invalid;
    if (code === 'THREEDS_CARDINAL_SDK_CANCELED') return messages.cancelled;
    return messages.failed;
  }

  braintree.client.create({ authorization: container.getAttribute('data-client-token') }).then(function (client) {
    return Promise.all([
      braintree.hostedFields.create({
        client: client,
        fields: {
          number: { container: '#card-number', placeholder: '4111 1111 1111 1111' },
          expirationDate: { container: '#expiration-date', placeholder: 'MM/YY' },
          cvv: { container: '#cvv', placeholder: '123' }
        }
      }),
      secure ? braintree.threeDSecure.create({ client: client, version: 2 }) : null,
      document.getElementById('saved-card-cvv')
        ? braintree.hostedFields.create({ client: client, fields: { cvv: { container: '#saved-card-cvv', placeholder: '123' } } })
        : null
    ]);
  }).then(function (parts) {
    var fields = parts[0];
    var threeDSecure = parts[1];
    var savedCardCvv = parts[2];
    button.disabled = false;
    form.addEventListener('submit', function (event) {
      if (document.getElementById('payment-nonce').value) return;
      var saved = form.querySelector('input[name="savedCard"]:checked');
      if (saved && saved.value) {
        var token = document.getElementById('saved-card-cvv-token');
        if (!savedCardCvv || token.value) return; // a saved card: nothing to type, or its CVV is tokenized already
        event.preventDefault();
        button.disabled = true;
        cvvError.textContent = '';
        savedCardCvv.tokenize().then(function (payload) {
          token.value = payload.nonce;
          form.submit();
        }).catch(function () {
          cvvError.textContent = messages.cvv;
          button.disabled = false;
        });
        return;
      }
      event.preventDefault();
      button.disabled = true;
      error.textContent = '';
      fields.tokenize().then(function (payload) {
        return verify(threeDSecure, payload);
      }).then(function (nonce) {
        document.getElementById('payment-nonce').value = nonce;
        form.submit();
      }).catch(function (e) {
        error.textContent = explain(e);
        button.disabled = false;
      });
    });
  }).catch(function () {
    error.textContent = messages.unavailable;
  });
})();
