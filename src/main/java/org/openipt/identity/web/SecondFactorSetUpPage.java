package org.openipt.identity.web;

import org.openipt.identity.AuthenticatorCodes;
import org.openipt.identity.SecondFactors;
import org.springframework.ui.Model;

/** The page that sets up an authenticator app, at sign-in or from the person's account: QR code, secret, code. */
final class SecondFactorSetUpPage {

    private SecondFactorSetUpPage() {
    }

    static String render(SecondFactors.SetUp setUp, boolean signingIn, Model model) {
        model.addAttribute("key", AuthenticatorCodes.grouped(setUp.secret()));
        model.addAttribute("qrCode", QrCodePicture.dataUri(setUp.provisioningUri()));
        model.addAttribute("signingIn", signingIn);
        return "identity/second-factor-set-up";
    }
}
