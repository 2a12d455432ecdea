// Braintree Hosted Fields on the payment page: the card number, expiry and CVV are typed into Braintree's iframes,
// tokenized into a one-time nonce, and only the nonce is posted to the shop.
(function () {
  'use strict';
  var container = document.getElementById('hosted-fields');
  var form = document.getElementById('payment-form');
  if (!container || !form || !window.braintree) return;
  var button = form.querySelector('.pay-button');
  var error = document.createElement('p');
  error.className = 'text-danger small';
  error.setAttribute('role', 'alert');
  container.appendChild(error);
  button.disabled = true;

  braintree.client.create({ authorization: container.getAttribute('data-client-token') }).then(function (client) {
    return braintree.hostedFields.create({
      client: client,
      fields: {
        number: { container: '#card-number', placeholder: '4111 1111 1111 1111' },
        expirationDate: { container: '#expiration-date', placeholder: 'MM/YY' },
        cvv: { container: '#cvv', placeholder: '123' }
      }
    });
  }).then(function (fields) {
    button.disabled = false;
    form.addEventListener('submit', function (event) {
      if (document.getElementById('payment-nonce').value) return;
      event.preventDefault();
      button.disabled = true;
      error.textContent = '';
      fields.tokenize().then(function (payload) {
        document.getElementById('payment-nonce').value = payload.nonce;
        form.submit();
      }).catch(function (e) {
        error.textContent = e && e.code === 'HOSTED_FIELDS_FIELDS_EMPTY'
          ? 'Enter your card details.'
          : 'Check your card details and try again.';
        button.disabled = false;
      });
    });
  }).catch(function () {
    error.textContent = 'The card form could not load. Please reload the page or try again later.';
  });
})();
