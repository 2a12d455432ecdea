// A stand-in for braintree-web's client, hostedFields and threeDSecure, for HostedFieldsThreeDSecureJourneyTests.
// The "card fields" are plain inputs; tokenize makes a nonce from the number; verifyCard records what it was given,
// swaps the nonce for the one the fake API knows (by the card's last four: 1091 is confirmed), and always claims
// liabilityShifted, as a tampered browser could.
window.braintree = {
  client: { create: function () { return Promise.resolve({}); } },
  hostedFields: {
    create: function (options) {
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
