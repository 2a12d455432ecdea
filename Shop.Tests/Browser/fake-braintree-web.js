// A stand-in for braintree-web's client, hostedFields and threeDSecure, for HostedFieldsThreeDSecureJourneyTests.
// The "card fields" are plain inputs; tokenize makes a nonce from the number; verifyCard records what it was given,
// swaps the nonce for the one the fake API knows (by the card's last four: 1091 is confirmed), and always claims
// liabilityShifted, as a tampered browser could. Hosted Fields with only a CVV field (a saved card's CVV) tokenize it
// as 'tokencvv_' + the digits. paypalCheckout's loadPayPalSDK puts a stand-in for PayPal's buttons in window.paypal:
// its button approves at once, and tokenizePayment gives a PayPal nonce whose details claim another payer, as a
// tampered browser could; the shop must name the payer Braintree reports.
window.braintree = {
  client: { create: function () { return Promise.resolve({}); } },
  paypalCheckout: {
    create: function () {
      return Promise.resolve({
        loadPayPalSDK: function (options) {
          sessionStorage.setItem('loadPayPalSDK', JSON.stringify(options));
          window.paypal = {
            FUNDING: { PAYPAL: 'paypal' },
            Buttons: function (buttons) {
              return {
                render: function (selector) {
                  var button = document.createElement('button');
                  button.type = 'button';
                  button.className = 'btn btn-warning w-100';
                  button.textContent = 'PayPal (stand-in)';
                  button.addEventListener('click', function () {
                    Promise.resolve(buttons.createOrder()).then(function (orderId) {
                      return buttons.onApprove({ orderID: orderId, payerID: 'PAYER42' });
                    });
                  });
                  document.querySelector(selector).appendChild(button);
                  return Promise.resolve();
                }
              };
            }
          };
          return Promise.resolve();
        },
        createPayment: function (options) {
          sessionStorage.setItem('createPayment', JSON.stringify(options));
          return Promise.resolve('EC-STANDIN');
        },
        tokenizePayment: function () {
          return Promise.resolve({ nonce: 'paypal_nonce_stand_in', details: { email: 'browser-claims@example.com' } });
        }
      });
    }
  },
  hostedFields: {
    create: function (options) {
      if (!options.fields.number) {
        var cvv = document.createElement('input');
        cvv.setAttribute('aria-label', 'CVV (stand-in)');
        document.querySelector(options.fields.cvv.container).appendChild(cvv);
        return Promise.resolve({
          tokenize: function () {
            return cvv.value ? Promise.resolve({ nonce: 'tokencvv_' + cvv.value }) : Promise.reject({ code: 'HOSTED_FIELDS_FIELDS_EMPTY' });
          }
        });
      }
      var input = document.createElement('input');
      input.setAttribute('aria-label', 'Card number (stand-in)');
      document.querySelector(options.fields.number.container).appendChild(input);
      return Promise.resolve({
        tokenize: function () {
          var digits = input.value.replace(/\D/g, '');
          return Promise.resolve({ nonce: 'tokencc_' + digits.slice(0, 6) + digits.slice(-4), details: { bin: digits.slice(0, 6) } });
        }
      });
    }
  },
  threeDSecure: {
    create: function () {
      return Promise.resolve({
        verifyCard: function (options) {
          sessionStorage.setItem('verifyCard', JSON.stringify(options));
          var confirmed = /1091$/.test(options.nonce);
          return new Promise(function (resolve) {
            options.onLookupComplete({}, function () {
              resolve({ nonce: confirmed ? 'tokencc_3ds_confirmed' : 'tokencc_3ds_not_confirmed', liabilityShifted: true, liabilityShiftPossible: true });
            });
          });
        }
      });
    }
  }
};
